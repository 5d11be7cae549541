//! The language switched live: from the pause menu in the middle of a deal (the same deal, now in
//! other words), on the title screen, and on the debrief.

use bevy::prelude::*;
use key_account::game::language::LanguageButton;
use key_account::game::screens::debrief::{CounterfactualLine, Counterfactuals};
use key_account::game::session::{EndTalk, OpenDeal, Session};
use key_account::game::theme::{FocusKey, Press};
use key_account::game::{Language, Menu, Screen, SetLanguage};
use key_account::i18n::Lang;
use key_account::tr;

use super::*;

/// Every text on screen, in order (the order of entities changes when a screen is rebuilt).
fn sorted_texts(app: &mut App) -> Vec<String> {
    let mut q = app.world_mut().query::<&Text>();
    let mut all: Vec<String> = q.iter(app.world()).map(|t| t.0.clone()).collect();
    all.sort();
    all
}

fn language(app: &App) -> Lang {
    app.world().resource::<Language>().0
}

fn menu(app: &App) -> Menu {
    *app.world().resource::<State<Menu>>().get()
}

/// Presses a language's button as a click does (a `Press` on it, which its observer takes).
fn choose(app: &mut App, lang: Lang) {
    let button = {
        let mut q = app.world_mut().query::<(Entity, &LanguageButton)>();
        q.iter(app.world())
            .find(|(_, b)| b.0 == lang)
            .map(|(e, _)| e)
            .unwrap_or_else(|| panic!("no button for {lang}"))
    };
    trigger(app, Press { entity: button });
}

/// What must not change when the deal is put into other words.
fn state(app: &App) -> (u64, u32, usize, usize, u32, Vec<usize>) {
    let s = app.world().resource::<Session>();
    (
        s.deal.seed(),
        s.deal.day(),
        s.deal.log().len(),
        s.log.len(),
        s.deal.budget_left(),
        s.deal.known_facts(),
    )
}

fn keyboard_deal(app: &mut App) {
    trigger(app, OpenDeal("keyboard.ron".into()));
    go(app, Screen::DealRoom);
    for line in [
        "meet xiao_wang",
        "ask xiao_wang who_decides",
        "role xiao_wang coach",
    ] {
        act(app, line);
    }
    trigger(app, EndTalk);
    for line in [
        "meet engineer",
        "ask engineer maintenance",
        "stance engineer opponent",
    ] {
        act(app, line);
    }
    assert_eq!(app.world().resource::<Session>().notice, None);
}

#[test]
fn the_pause_menu_switches_the_deal_room_to_chinese_and_back_mid_deal() {
    let (_dir, mut app) = bundled();
    keyboard_deal(&mut app);
    let before = state(&app);
    let (log, talk) = {
        let s = app.world().resource::<Session>();
        (s.log.clone(), s.talk.clone())
    };
    assert!(talk.is_some(), "the meeting with the engineer is on screen");
    let t = texts(&mut app);
    assert!(t.contains("Wait a day") && t.contains("Event log"), "{t}");

    tap(&mut app, KeyCode::Escape);
    assert_eq!(menu(&app), Menu::Pause);
    assert!(
        texts(&mut app).contains("简体中文"),
        "each language by its own name"
    );
    choose(&mut app, Lang::ZhCn);
    assert_eq!(language(&app), Lang::ZhCn);
    // The menu stays open, in the new language.
    assert_eq!(menu(&app), Menu::Pause);
    let t = texts(&mut app);
    assert!(t.contains("已暂停") && !t.contains("Paused"), "{t}");
    assert!(t.contains("✓ 简体中文"), "the current one is marked: {t}");
    tap(&mut app, KeyCode::Escape);
    assert_eq!(menu(&app), Menu::None);

    // The same deal, in Chinese.
    assert_eq!(
        state(&app),
        before,
        "seed, day, actions, log, budget and facts unchanged"
    );
    let s = app.world().resource::<Session>();
    assert_eq!(s.deal.scenario().lang(), Lang::ZhCn);
    assert_eq!(
        s.talk.as_ref().map(|t| (t.person, t.day, t.lines.len())),
        talk.as_ref().map(|t| (t.person, t.day, t.lines.len())),
        "the same meeting on screen"
    );
    let t = texts(&mut app);
    for zh in [
        tr!(Lang::ZhCn, "game-wait-a-day"),
        tr!(Lang::ZhCn, "game-tab-notebook"),
        tr!(Lang::ZhCn, "game-tab-log"),
        tr!(Lang::ZhCn, "game-tab-checklist"),
        tr!(Lang::ZhCn, "game-tactics"),
        tr!(Lang::ZhCn, "game-power-map"),
        tr!(Lang::ZhCn, "game-talk-end"),
    ] {
        assert!(t.contains(&zh), "{zh} missing from {t}");
    }
    for en in [
        "Wait a day",
        "Event log",
        "Notebook",
        "Your power map",
        "End the meeting",
    ] {
        assert!(!t.contains(en), "{en} still shown: {t}");
    }
    // The deal goes on in Chinese.
    act(&mut app, "meet xiao_li");
    assert_eq!(
        app.world().resource::<Session>().deal.log().len(),
        before.2 + 1
    );
    let before = state(&app);

    // And back: the same words as before the switch.
    tap(&mut app, KeyCode::Escape);
    choose(&mut app, Lang::En);
    tap(&mut app, KeyCode::Escape);
    assert_eq!(state(&app), before);
    let s = app.world().resource::<Session>();
    assert_eq!(s.deal.scenario().lang(), Lang::En);
    assert_eq!(
        s.log[..log.len()],
        log[..],
        "the event log worded as it was"
    );
    let t = texts(&mut app);
    assert!(t.contains("Wait a day") && t.contains("Event log"), "{t}");
    assert!(!t.contains("等一天"), "{t}");
}

#[test]
fn the_language_buttons_are_reached_with_the_keyboard_and_keep_the_focus() {
    let (_dir, mut app) = bundled();
    trigger(&mut app, OpenDeal("tutorial.ron".into()));
    go(&mut app, Screen::DealRoom);
    tap(&mut app, KeyCode::Escape);
    let want = format!("language {}", Lang::ZhCn.tag());
    let focus = |app: &App| {
        let f = app
            .world()
            .resource::<bevy::input_focus::InputFocus>()
            .get()?;
        app.world().get::<FocusKey>(f).map(|k| k.0.clone())
    };
    let mut tabs = 0;
    while focus(&app).as_deref() != Some(want.as_str()) {
        tap(&mut app, KeyCode::Tab);
        tabs += 1;
        assert!(tabs < 20, "Tab never reached the language");
    }
    tap(&mut app, KeyCode::Enter);
    assert_eq!(language(&app), Lang::ZhCn);
    assert_eq!(
        focus(&app),
        Some(want),
        "the focus stays on the language chosen"
    );
    assert!(texts(&mut app).contains("已暂停"));
}

#[test]
fn the_debrief_after_a_switch_is_in_the_new_language() {
    let (_dir, mut app) = bundled();
    keyboard_deal(&mut app);
    tap(&mut app, KeyCode::Escape);
    choose(&mut app, Lang::ZhCn);
    tap(&mut app, KeyCode::Escape);
    act(&mut app, "decide");
    assert_eq!(screen(&app), Screen::Debrief);
    let s = app.world().resource::<Session>();
    assert_eq!(s.deal.scenario().lang(), Lang::ZhCn);
    let score = s.deal.outcome().expect("an outcome").score.total;
    until(&mut app, "the counterfactuals", |app| {
        !app.world().resource::<Counterfactuals>().working()
    });
    settle(&mut app);
    let cf = app.world().resource::<Counterfactuals>();
    assert_eq!(cf.language(), Some(Lang::ZhCn));
    let t = texts(&mut app);
    for zh in [
        tr!(Lang::ZhCn, "game-debrief-your-map"),
        tr!(Lang::ZhCn, "game-debrief-truth"),
        tr!(Lang::ZhCn, "game-debrief-replay"),
        tr!(Lang::ZhCn, "game-cf-heading"),
        tr!(Lang::ZhCn, "part-organization"),
        tr!(Lang::ZhCn, "part-key-players"),
    ] {
        assert!(t.contains(&zh), "{zh} missing from {t}");
    }
    assert!(t.contains("已搜索") || t.contains("假如当初"), "{t}");
    for en in [
        "Your map",
        "The truth",
        "Replay (same seed)",
        "Organization structure",
    ] {
        assert!(!t.contains(en), "{en} still shown: {t}");
    }
    assert!(t.contains(&format!("得分 {score:.0}")), "{t}");
}

#[test]
fn switching_on_the_debrief_words_it_again_and_switching_back_is_at_once() {
    let (_dir, mut app) = bundled();
    trigger(&mut app, OpenDeal("keyboard.ron".into()));
    go(&mut app, Screen::DealRoom);
    act(&mut app, "meet xiao_wang");
    act(&mut app, "decide");
    assert_eq!(screen(&app), Screen::Debrief);
    let done = |app: &mut App| {
        !app.world().resource::<Counterfactuals>().working() && count::<CounterfactualLine>(app) > 0
    };
    until(&mut app, "the counterfactuals", done);
    let english = sorted_texts(&mut app);
    assert!(
        english
            .iter()
            .any(|t| t.contains("You lost") || t.contains("No decision")),
        "{english:?}"
    );
    let (score, cards) = {
        let s = app.world().resource::<Session>();
        let o = s.deal.outcome().expect("an outcome");
        (o.score.total, count::<CounterfactualLine>(&mut app))
    };

    trigger(&mut app, SetLanguage(Lang::ZhCn));
    until(&mut app, "the counterfactuals in Chinese", done);
    settle(&mut app);
    let cf = app.world().resource::<Counterfactuals>();
    assert_eq!(
        cf.language(),
        Some(Lang::ZhCn),
        "worded for the deal in Chinese"
    );
    let s = app.world().resource::<Session>();
    assert_eq!(s.deal.scenario().lang(), Lang::ZhCn);
    assert_eq!(s.deal.outcome().map(|o| o.score.total), Some(score));
    let t = texts(&mut app);
    assert!(t.contains("丢单") || t.contains("未作决定"), "{t}");
    assert!(t.contains("已搜索") && !t.contains("Searched"), "{t}");
    assert_eq!(
        count::<CounterfactualLine>(&mut app),
        cards,
        "the same lines found"
    );

    // Back to English: what was found in English is shown again at once.
    trigger(&mut app, SetLanguage(Lang::En));
    let cf = app.world().resource::<Counterfactuals>();
    assert!(!cf.working());
    assert_eq!(cf.language(), Some(Lang::En));
    assert_eq!(sorted_texts(&mut app), english);
}

#[test]
fn the_title_screen_switches_the_language_too() {
    let (_dir, mut app) = bundled();
    settle(&mut app);
    assert!(texts(&mut app).contains("The five steps for key accounts"));
    choose(&mut app, Lang::ZhCn);
    let t = texts(&mut app);
    assert!(
        t.contains("大客户销售五步") && !t.contains("Choose a deal"),
        "{t}"
    );
    // A deal opened now speaks Chinese from the start.
    go(&mut app, Screen::Picker);
    assert!(texts(&mut app).contains("选择项目"));
    trigger(&mut app, OpenDeal("keyboard.ron".into()));
    let s = app.world().resource::<Session>();
    assert_eq!(s.deal.scenario().lang(), Lang::ZhCn);
    assert!(texts(&mut app).contains("第一天你已经知道的"));
}
