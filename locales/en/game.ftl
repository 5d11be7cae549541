### The game window: every screen's own words (the scenario's and the deal's come from sim.ftl).

## Everywhere.

# The window's title bar.
game-window-title = Key Account
# A list of names: the list so far, then the next one ("Zhou, Wang").
game-list = { $list }, { $next }
# A person with their title in brackets (the briefing's people already known).
game-name-title = { $name } ({ $title })
# A person's title and department, or a name and title (the person panel, a map node's tooltip).
game-comma = { $first }, { $second }
# A button on the title screen, the pause menu and the debrief.
game-quit = Quit
# A button on the title screen.
game-choose-a-deal = Choose a deal
# Before the language buttons (title screen, pause menu).
game-language = Language:

## The title screen.

game-title = Key Account
game-title-about = A sales-training simulation: win one large deal, the way big deals are really won.
game-title-five-steps = The five steps for key accounts
game-title-step-1 = 1. Purchasing process: who matters at each stage
game-title-step-2 = 2. Organization structure: departments and who coordinates them
game-title-step-3 = 3. Functions and stances: supporters, neutrals, opponents
game-title-step-4 = 4. Active information: create a reason to learn what really decides
game-title-step-5 = 5. Key players: who decides, and who influences them
# The keyboard hint under the buttons.
game-title-keys = Mouse, or keyboard: Tab or the arrows move, Enter presses, number keys take the numbered actions, Esc opens the menu, Ctrl + and Ctrl - change the text size.

## The deal list (the picker).

# A button back to the title screen.
game-back = Back
# Two folders of scenarios, or more: the list so far and the next.
game-picker-and = { $list } and { $next }
game-picker-folders = Scenarios in { $folders }. Edit a file while the game runs and this list follows.
game-picker-none = No .ron scenario files found.
# Beside a deal's title: its difficulty, length and file.
game-picker-about = { $difficulty } · about { $minutes } { $minutes ->
    [one] minute
   *[other] minutes
} · { $path }
game-picker-play = Play: { $title }
game-picker-broken = { $path } cannot be played
game-picker-loading = Loading { $path }...
game-picker-gone = { $file } is gone from disk. The last good version stays playable.
game-picker-errors-last-good = The file has errors. The last good version stays playable until you fix them:
game-picker-errors = The file has errors:
game-picker-unreadable = cannot read { $path }: { $why }
game-difficulty-tutorial = Tutorial
game-difficulty-easy = Easy
game-difficulty-medium = Medium
game-difficulty-hard = Hard

## The briefing.

# A line of a list.
game-bullet = • { $text }
game-briefing-you = You are { $salesperson } of { $company }, selling { $product } to { $buyer }. Seed { $seed }.
game-briefing-story = The story
game-briefing-objective = Objective
game-briefing-day-one = What you know on day one
# The people met before the deal begins, as a list.
game-briefing-known = • You already know { $people }.
game-briefing-decides = • The buyer decides on day { $day }. You have { $left } and a budget of { $budget }.
game-briefing-process = The buyer's purchasing process
# One stage of the calendar; pad is a space before a one-digit day, so the days line up.
game-briefing-stage = Day { $pad }{ $day }  { $stage }
game-briefing-decision = Day { $pad }{ $day }  Decision
game-briefing-enter = Enter the deal room
game-briefing-back = Back to the deals

## The deal room's top bar and the banner under it. "-short": the words in a narrow window.

game-bar-day = Day { $day } of { $decision } · { $left } left
game-bar-day-short = Day { $day }/{ $decision }
game-bar-budget = Budget left: { $money }
game-bar-budget-short = Budget: { $money }
game-bar-price = Your price: { $money }
game-bar-price-short = Price: { $money }
game-wait-a-day = Wait a day
game-wait-a-day-short = Wait 1 day
game-wait-a-day-tip = Let one day pass: rivals move, stages advance.
game-await-decision = Wait for the decision
game-await-decision-short = Decide
game-await-decision-tip = Let the calendar run to day { $day }, when the buyer decides. The deal ends.
game-menu = Menu (Esc)
game-menu-short = Menu
# An action the deal refused, and why (in the banner).
game-refused = { $action }: { $why }.
game-banner-broken = The scenario file now has errors (see the deal list). You are playing the last good version.
game-banner-changed = The scenario file changed on disk.
game-banner-restart = Restart with the new version

## The calendar strip under the top bar.

# The stage of today.
game-calendar-today = ▶ { $stage } · today: day { $day }
# A stage's tooltip: its days, and the scenario's words on it.
game-calendar-stage-tip = { $stage }: day { $from } to { $to } ({ $days }). { $about }
game-calendar-decision = Decision: day { $day }

## The influence map (the deal room; the debrief draws it twice).

game-map-heading = { $company }: who is who
game-map-about = Your map: the people you know, your marks, and who sways whom once you find out. Select a person to work with them.
# The group of people outside the departments, and its tooltip.
game-map-outside = Outside the org chart
game-map-outside-about = People with no say of their own who sway someone who has one.
# A large map's group: open it in full, or close it again.
game-map-more = + { $more } more
game-map-show-fewer = Show fewer
# Under a person the trainee has met.
game-map-met = met
# A stance mark: its shape and the stance ("▲ supporter").
game-stance-mark = { $shape } { $stance }
game-stance-unmarked = ? stance
game-stance-tip-supporter = Supporter: prefers your offer.
game-stance-tip-neutral = Neutral: could go either way.
game-stance-tip-opponent = Opponent: prefers a rival, or the status quo.
game-stance-tip-none = No stance marked.
game-role-unmarked = role ?
game-role-unmarked-tip = No role marked.
# The roles as short tags on a map node; the legend explains them.
game-role-short-decision-maker = DM
game-role-short-technical-buyer = TB
game-role-short-user-buyer = UB
game-role-short-approver = AP
game-role-short-coach = CO
game-role-short-gatekeeper = GK
game-role-short-influencer = IN
game-role-short-economic-buyer = EB
# A role's tooltip (map nodes, the power-map buttons).
game-role-tip-decision-maker = Decision maker: makes the final decision and may veto it.
game-role-tip-technical-buyer = Technical buyer: screens whether the offer meets the specification.
game-role-tip-user-buyer = User buyer: will use what is bought every day.
game-role-tip-approver = Approver: finance or another approver who checks budget and terms.
game-role-tip-coach = Coach: wants you to win and tells you how the buyer works.
game-role-tip-gatekeeper = Gatekeeper: controls access to others.
game-role-tip-influencer = Influencer: outside the formal process, but sways someone who decides.
game-role-tip-economic-buyer = Economic buyer: owns the budget the deal is paid from; may veto a winner.
# Under the map: the marks and the short role tags, then the arrows.
game-map-legend = ▲ supporter  ● neutral  ▼ opponent  ? not marked · DM decision maker, TB technical buyer, UB user buyer, AP approver, CO coach, GK gatekeeper, IN influencer, EB economic buyer
game-map-legend-sways = ▶ sways: blue inside the org chart, amber from outside it; thicker is stronger

## The person panel (the deal room's middle column), the meeting in it and the power map.

game-person-none = Select a person on the map.
game-person-met = { $times ->
    [one] Met once
   *[other] Met { $times } times
} · relationship { $relationship }
game-person-not-met = You have not met them yet.
# The subheading over the numbered actions: in a meeting, or after one.
game-person-replies = Your replies
game-person-can-do = What you can do
game-person-meet-again = Meet again
game-person-meet-tip = Takes { $days }. Opens room for { $questions } { $questions ->
    [one] question
   *[other] questions
}.
# A question as a button; the scenario words the question.
game-person-ask = Ask: { $question }
game-person-ask-concerns = Ask: what matters most to you?
game-person-ask-tip = Uses one question of this meeting; takes no extra time.
# Under something that cannot be done now: why not.
game-not-now = Not now: { $why }
game-person-cares = What they care about (learned so far)
game-person-cares-nothing = Nothing yet. Meet them and ask.
# A concern learned, with how much it weighs ("price (high priority)").
game-person-concern = • { $concern } ({ $weight })
# The roles found, as a list.
game-person-found-role = You found out their role: { $roles }.
game-person-found-no-role = You found out their role: none in this purchase.
# The stance found, in a sentence ("a supporter").
game-person-found-stance = You found out where they stand: { $stance }.
game-power-map = Your power map
game-power-map-about = What you believe about them; scored against the truth in the debrief. Roles (any number):
game-power-map-stance = Stance (one):
game-power-map-unknown = ? unknown
game-power-map-free = Marking is free and takes no time.
# The meeting: who, the days it took, the questions left.
game-talk-heading = Meeting with { $name }
game-talk-about = Day { $from } → day { $to }: the meeting took { $took }. Room for { $questions } more { $questions ->
    [one] question
   *[other] questions
} in this meeting; asking takes no extra time.
# A person's words, quoted (the meeting, the event log).
game-said = { $who }: “{ $text }”
# The trainee's words (the meeting, the event log).
game-you-said = You: { $text }
game-talk-end = End the meeting

## The tactics panel.

game-tactics = Tactics
# A tactic's cost: days, money, odds, compliance risk, joined by " · ".
game-tactic-no-time = no time
game-tactic-free = free
game-tactic-odds = { $odds } odds
game-tactic-risk = { $risk } compliance risk
# In a tactic's tooltip.
game-tactic-cost = Cost: { $cost }.
game-tactic-breaks-policy = This breaks the buyer's gift and hospitality rules.
game-tactics-unavailable = Not available now
game-tactics-more = … and { $more } more not available now.

## The tabs under the tactics: the notebook, the event log, the rivals, the five steps.

game-tab-notebook = Notebook
game-tab-log = Event log
game-tab-rivals = Rivals
game-tab-checklist = Five steps
game-notebook-heading = Notebook: facts found
game-log-heading = Event log
game-log-empty = Nothing has happened yet.
# An action in the event log, under its day; the deal words the action.
game-log-entry = Day { $day }: { $action }
game-rivals-heading = What you know about the rivals
game-rival-status-quo = • { $name } (the status quo)
game-rivals-moves = What they have done
# A rival's move: the rival, then the scenario's words for what it did ("cuts its price").
game-rival-move = Day { $day }: { $rival } { $what }
# A move by a rival the scenario does not name.
game-rival-unknown = A rival
game-checklist-heading = The five steps

## The pause menu (Esc in the deal room).

game-pause-heading = Paused
game-pause-about = The deal waits until you resume.
game-pause-resume = Resume (Esc)
game-pause-restart = Restart this deal (same seed)
game-pause-new-seed = Restart with a new seed
game-pause-another-deal = Choose another deal
game-pause-text-smaller = Text smaller
game-pause-text-bigger = Text bigger

## The debrief.

# The verdict, large, at the top.
game-debrief-won = You won the deal
game-debrief-lost = You lost: { $winner } won the deal
game-debrief-kept = No decision: the buyer kept { $kept }
game-debrief-no-decision = No decision
game-debrief-disqualified = Disqualified by the buyer's compliance office
game-debrief-not-over = The deal is not over
game-debrief-score = Score { $points } / { $max }
game-debrief-about = { $title } · seed { $seed } · decided on day { $day }
game-debrief-saved = Run record saved: { $path }
game-debrief-not-saved = Your run record could not be saved: { $why }
# Sending the run to the Learning Record Store.
game-debrief-sending = Sending the result to the LRS at { $url }…
game-debrief-not-sent = Not sent to the LRS: { $why }
game-debrief-replay = Replay (same seed)
game-debrief-new-seed = Play a new seed
game-debrief-another-deal = Pick another deal
# A score line that happened on a day; the deal words the line.
game-dated = Day { $day }: { $text }
# The two maps side by side.
game-debrief-your-map = Your map
game-debrief-your-map-about = Your marks at the decision, and the influences you found.
game-debrief-truth = The truth
game-debrief-truth-about = True roles and stances at the decision, and who really swayed whom.

## The debrief's "what would have changed it" (the counterfactuals).

game-cf-heading = What would have changed it
game-cf-how = From your key decisions, a line that follows the five steps is played on and replayed over { $replays } possible futures, against your own moves from there.
game-cf-working = Working it out…
game-cf-searched = Searched: from { $points } of your { $points ->
    [one] decision
   *[other] decisions
}, a line that follows the five steps was played on and replayed over { $replays } possible futures (fresh luck, the buyer as it really was), against your own moves from the same point.
game-cf-best = the best line won { $wins } of { $replays } replays
game-cf-nothing-lost = No one line did clearly better than your own moves ({ $best }): this deal needed more than one change. The score lines show what was missing.
game-cf-nothing-won = No line did clearly better than yours ({ $best }).
# A line's heading: the step it teaches (or none), and the day it starts.
game-cf-better-line = A better line
game-cf-step = Step { $part }
game-cf-from-day = { $step } · from day { $day }
# The odds of the line and of the trainee's own moves, beside bars.
game-cf-this-line = This line
game-cf-your-moves = Your moves
game-cf-won = won { $wins } of { $replays } replays
game-cf-average = Average score { $score }, against { $own } for your own moves.

## Said on the terminal when the game window cannot open (after "key-account: ").

game-run-no-window = cannot open the game window: { $why }
game-run-x11-only = this build draws through X11 only, and DISPLAY is not set; run it under XWayland (most Wayland desktops start it; set DISPLAY), or under `xvfb-run`
game-run-no-display = no display (DISPLAY is not set); run it in a desktop session, or under `xvfb-run`
game-run-cannot-start = cannot start the game window: { $why }
game-run-no-gpu = no usable GPU, graphics driver or display (on Linux, Mesa's Vulkan driver lavapipe works: scripts/setup.sh)
