//! The cohort report: per scenario and per trainee, the outcomes and the average of each score
//! part, and which of the five steps trainees miss most. As text (comfy-table, which aligns
//! Chinese and other wide characters), CSV, or a self-contained HTML page with charts (maud,
//! which escapes every value). Bad files are listed, never touched.
//!
//! A report is made from records and where each came from (a file name here; a statement id for
//! a Learning Record Store), so it does not care how they were fetched.

use std::collections::BTreeMap;

use comfy_table::{CellAlignment, Table, presets};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::RunRecord;
use crate::escape;
use crate::i18n::Lang;
use crate::sim::Part;
use crate::tr;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Group {
    pub runs: usize,
    pub wins: usize,
    pub total: f32,
    pub max: f32,
    /// Sum of (points, max) per part.
    pub parts: BTreeMap<&'static str, (f32, f32)>,
}

impl Group {
    fn add(&mut self, r: &RunRecord) {
        self.runs += 1;
        self.wins += usize::from(r.won());
        self.total += r.total;
        self.max += r.max;
        for p in &r.parts {
            let e = self.parts.entry(p.part.id()).or_default();
            e.0 += p.points;
            e.1 += p.max;
        }
    }
    pub fn win_rate(&self) -> f32 {
        if self.runs == 0 {
            0.0
        } else {
            self.wins as f32 / self.runs as f32
        }
    }
    pub fn average(&self) -> f32 {
        if self.runs == 0 {
            0.0
        } else {
            self.total / self.runs as f32
        }
    }
    pub fn average_part(&self, part: Part) -> f32 {
        self.parts
            .get(part.id())
            .map_or(0.0, |(p, _)| p / self.runs.max(1) as f32)
    }
    /// Share of the part's points earned, 0-1.
    pub fn share(&self, part: Part) -> f32 {
        self.parts
            .get(part.id())
            .map_or(0.0, |(p, m)| if *m > 0.0 { p / m } else { 1.0 })
    }
}

/// A record and where it came from: a file name, or an id in a Learning Record Store.
pub type Sourced = (String, RunRecord);

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Scenario id -> (title, group).
    pub scenarios: BTreeMap<String, (String, Group)>,
    /// (player, scenario id) -> group.
    pub trainees: BTreeMap<(String, String), Group>,
    pub all: Group,
    /// The runs by the language they were played in: a cohort that played in two languages,
    /// side by side.
    pub languages: BTreeMap<Lang, Group>,
    /// (source, why) for each input that was not a record.
    pub skipped: Vec<(String, String)>,
    pub records: Vec<Sourced>,
}

pub const STEPS: [Part; 5] = [
    Part::PurchasingProcess,
    Part::Organization,
    Part::Stances,
    Part::Information,
    Part::KeyPlayers,
];

/// Names in the text tables are clipped to this many characters.
const NAME_WIDTH: usize = 40;

fn short(p: Part) -> &'static str {
    match p {
        Part::Outcome => "outcome",
        Part::PurchasingProcess => "1.proc",
        Part::Organization => "2.org",
        Part::Stances => "3.stance",
        Part::Information => "4.info",
        Part::KeyPlayers => "5.key",
        Part::Ethics => "ethics",
    }
}

const CSS: &str = "body{font-family:sans-serif;margin:2em;color:#222}\
table{border-collapse:collapse;margin:1em 0}\
th,td{border:1px solid #ccc;padding:4px 8px;text-align:right}\
th:first-child,td:first-child{text-align:left}.bad{color:#a33}";

impl Report {
    /// The report over `records`, each with where it came from, and the inputs skipped.
    pub fn new(records: Vec<Sourced>, skipped: Vec<(String, String)>) -> Report {
        let mut r = Report {
            skipped,
            ..Default::default()
        };
        for (_, rec) in &records {
            r.scenarios
                .entry(rec.scenario_id.clone())
                .or_insert_with(|| (rec.scenario_title.clone(), Group::default()))
                .1
                .add(rec);
            r.trainees
                .entry((rec.player.clone(), rec.scenario_id.clone()))
                .or_default()
                .add(rec);
            r.all.add(rec);
            r.languages.entry(rec.language).or_default().add(rec);
        }
        r.records = records;
        r
    }

    /// The five steps, the least-earned first.
    pub fn steps_missed_most(&self) -> Vec<(Part, f32)> {
        let mut v: Vec<(Part, f32)> = STEPS.iter().map(|&p| (p, self.all.share(p))).collect();
        v.sort_by(|a, b| a.1.total_cmp(&b.1));
        v
    }

    fn by_scenario(&self) -> impl Iterator<Item = (String, &Group)> {
        self.scenarios
            .iter()
            .map(|(id, (title, g))| (format!("{title} ({id})"), g))
    }

    fn by_trainee(&self) -> impl Iterator<Item = (String, &Group)> {
        self.trainees
            .iter()
            .map(|((player, id), g)| (format!("{player} / {id}"), g))
    }

    /// Each language played in, by its own name ("简体中文 (zh-CN)").
    fn by_language(&self) -> impl Iterator<Item = (String, &Group)> {
        self.languages
            .iter()
            .map(|(lang, g)| (format!("{} ({})", lang.native_name(), lang.tag()), g))
    }

    /// The report for a terminal, in the trainer's language. Every name from a record is shown
    /// with its control characters escaped.
    pub fn text(&self, lang: Lang) -> String {
        let mut s = tr!(
            lang,
            "report-counts",
            records = self.records.len(),
            skipped = self.skipped.len()
        );
        s.push('\n');
        for (f, why) in &self.skipped {
            s.push_str("  ");
            s.push_str(&tr!(
                lang,
                "report-skipped",
                file = escape::line(f).into_owned(),
                why = escape::line(why).into_owned()
            ));
            s.push('\n');
        }
        s.push('\n');
        s.push_str(&text_table(
            lang,
            &tr!(lang, "report-scenario"),
            self.by_scenario(),
        ));
        s.push_str("\n\n");
        s.push_str(&text_table(
            lang,
            &tr!(lang, "report-trainee-scenario"),
            self.by_trainee(),
        ));
        if self.languages.len() > 1 {
            s.push_str("\n\n");
            s.push_str(&text_table(
                lang,
                &tr!(lang, "report-language"),
                self.by_language(),
            ));
        }
        s.push_str("\n\n");
        s.push_str(&tr!(lang, "report-steps-heading"));
        s.push('\n');
        let mut steps = Table::new();
        steps.load_style(presets::NOTHING);
        for (p, share) in self.steps_missed_most() {
            steps.add_row(vec![p.label(lang), format!("{:.0}%", share * 100.0)]);
        }
        align_right(&mut steps, 1..2);
        s.push_str(&steps.to_string());
        s.push('\n');
        s
    }

    /// One row per run. Text cells are neutralised against formula injection (a player named
    /// `=HYPERLINK(...)` stays text in a spreadsheet).
    pub fn csv(&self) -> Result<String, String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        let mut header: Vec<String> = [
            "file", "player", "scenario", "seed", "outcome", "total", "max",
        ]
        .map(String::from)
        .to_vec();
        header.extend(Part::ALL.iter().map(|p| format!("points_{}", p.id())));
        header.extend(["actions", "started_at", "finished_at", "language"].map(String::from));
        w.write_record(&header).map_err(|e| e.to_string())?;
        let cell = |s: &str| escape::csv_cell(s).into_owned();
        for (source, r) in &self.records {
            let mut row = vec![
                cell(source),
                cell(&r.player),
                cell(&r.scenario_id),
                r.seed.to_string(),
                r.outcome.to_string(),
                format!("{:.2}", r.total),
                format!("{:.0}", r.max),
            ];
            row.extend(Part::ALL.iter().map(|p| {
                r.part(*p)
                    .map_or(String::new(), |x| format!("{:.2}", x.points))
            }));
            row.extend([
                r.decision_count().to_string(),
                cell(&r.started_at),
                cell(&r.finished_at),
                r.language.tag().to_string(),
            ]);
            w.write_record(&row).map_err(|e| e.to_string())?;
        }
        let bytes = w.into_inner().map_err(|e| e.to_string())?;
        String::from_utf8(bytes).map_err(|e| e.to_string())
    }

    /// A self-contained page in the trainer's language: inline CSS and SVG bar charts, no
    /// scripts, nothing fetched.
    pub fn html(&self, lang: Lang) -> String {
        let steps: Vec<(String, f32)> = self
            .steps_missed_most()
            .into_iter()
            .map(|(p, v)| (p.label(lang), v))
            .collect();
        let title = tr!(lang, "report-title");
        let wins: Vec<(String, f32)> = self
            .scenarios
            .values()
            .map(|(t, g)| (t.clone(), g.win_rate()))
            .collect();
        let page = html! {
            (DOCTYPE)
            html lang=(lang.tag()) {
                head {
                    meta charset="utf-8";
                    title { (title) }
                    style { (PreEscaped(CSS)) }
                }
                body {
                    h1 { (title) }
                    p {
                        (tr!(
                            lang,
                            "report-counts",
                            records = self.records.len(),
                            skipped = self.skipped.len()
                        ))
                    }
                    @if !self.skipped.is_empty() {
                        ul.bad {
                            @for (f, why) in &self.skipped {
                                li { (tr!(lang, "report-skipped", file = f, why = why)) }
                            }
                        }
                    }
                    h2 { (tr!(lang, "report-steps-chart")) }
                    (svg_bars(&steps))
                    h2 { (tr!(lang, "report-wins-chart")) }
                    (svg_bars(&wins))
                    (html_table(lang, &tr!(lang, "report-by-scenario"), self.by_scenario()))
                    (html_table(lang, &tr!(lang, "report-by-trainee"), self.by_trainee()))
                    @if self.languages.len() > 1 {
                        (html_table(lang, &tr!(lang, "report-by-language"), self.by_language()))
                    }
                }
            }
        };
        let mut s = page.into_string();
        s.push('\n');
        s
    }
}

fn align_right(t: &mut Table, columns: std::ops::Range<usize>) {
    for i in columns {
        if let Some(c) = t.column_mut(i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
}

/// Runs, wins, average score and each part's average, one row per group.
fn text_table<'a>(
    lang: Lang,
    first: &str,
    rows: impl Iterator<Item = (String, &'a Group)>,
) -> String {
    let mut t = Table::new();
    t.load_style(presets::NOTHING);
    let mut header = vec![
        first.to_string(),
        tr!(lang, "report-runs"),
        tr!(lang, "report-won"),
        tr!(lang, "report-score"),
    ];
    header.extend(Part::ALL.iter().map(|&p| short(p).to_string()));
    t.set_header(header);
    for (name, g) in rows {
        let mut row = vec![
            escape::clip(&escape::line(&name), NAME_WIDTH).into_owned(),
            g.runs.to_string(),
            format!("{:.0}%", g.win_rate() * 100.0),
            format!("{:.1}", g.average()),
        ];
        row.extend(
            Part::ALL
                .iter()
                .map(|&p| format!("{:.1}", g.average_part(p))),
        );
        t.add_row(row);
    }
    align_right(&mut t, 1..4 + Part::ALL.len());
    t.to_string()
}

fn html_table<'a>(
    lang: Lang,
    title: &str,
    rows: impl Iterator<Item = (String, &'a Group)>,
) -> Markup {
    html! {
        h2 { (title) }
        table {
            tr {
                th {}
                th { (tr!(lang, "report-runs")) }
                th { (tr!(lang, "report-won")) }
                th { (tr!(lang, "report-average-score")) }
                @for p in Part::ALL { th { (p.label(lang)) } }
            }
            @for (name, g) in rows {
                tr {
                    td { (name) }
                    td { (g.runs) }
                    td { (format!("{:.0}%", g.win_rate() * 100.0)) }
                    td { (format!("{:.1}", g.average())) }
                    @for p in Part::ALL { td { (format!("{:.1}", g.average_part(p))) } }
                }
            }
        }
    }
}

/// Horizontal bars, one per (label, share 0-1). SVG elements are written with closing tags: in
/// HTML, `<rect>` without one would swallow what follows.
fn svg_bars(bars: &[(String, f32)]) -> Markup {
    let height = 26 * bars.len() + 10;
    html! {
        svg xmlns="http://www.w3.org/2000/svg" width="640" height=(height) role="img" {
            @for (i, (label, v)) in bars.iter().enumerate() {
                @let y = 5 + i * 26;
                text x="0" y=(y + 14) font-size="13" { (escape::clip(label, 32)) }
                rect x="230" y=(y) width="360" height="18" fill="#eee" {}
                rect x="230" y=(y) width=((v.clamp(0.0, 1.0) * 360.0).round()) height="18"
                    fill="#4a7bb7" {}
                text x="596" y=(y + 14) font-size="13" { (format!("{:.0}%", v * 100.0)) }
            }
        }
    }
}

#[cfg(test)]
mod tests;
