### The command line: what each command prints for a trainee or a trainer.

## Shared by several commands.
cli-has-errors = { $file } has errors; fix them and try again
cli-no-outcome = the deal has no outcome

## `play`: a deal in the terminal.
play-objective = Objective: { $objective }
play-script-is-folder = it is a folder, not a file of commands
play-cannot-read-script = cannot read the script { $file }
play-standard-input = standard input
play-too-many-lines = { $source }: more than { $max } lines; a deal takes tens of commands. No record was saved.
play-record-full = This run has taken as many moves as a run record holds ({ $mib } MiB): the buyer decides now.
play-script-broken = { $source }: { $why }. No record was saved.
# One action taken: "Day 3: Meet Xiao Wang".
play-day-action = Day { $day }: { $action }
play-not-now = Not now: { $why }.
play-too-late = Not now: the buyer has decided and the deal is over; `{ $command }` and anything after it are not taken (the power map closed with the decision).
play-verdict-won = WON
play-verdict-lost = LOST to { $winner }
play-verdict-kept = NO DECISION (kept { $kept })
play-verdict-no-decision = NO DECISION
play-verdict-disqualified = DISQUALIFIED
play-debrief = == Debrief: { $verdict } on day { $day } — score { $score } / { $max }
# Before a debrief line about a decision of that day.
play-debrief-day = day { $day }:{" "}
play-no-data-folder = the run record was not saved: this system has no data folder; pass --results DIR (or --no-record)
play-record-not-saved = the run record was not saved
play-record-saved = Run record saved: { $file }

## `play`'s review commands (help, notes, map, people, steps, rivals).
play-status = Day { $day } of { $decision } · stage: { $stage } · budget left: { $budget }
play-people = People:
play-person = { $name } — { $title }
play-met-mark = {" "}(met)
play-available-now = Available now:
play-not-yet = Not yet:
play-help-power-map = Power map: role PERSON ROLE · unrole PERSON ROLE · stance PERSON supporter|neutral|opponent|unknown
play-help-review = Review: notes · map · people · steps · rivals · help
play-notebook = Notebook:
play-map = Power map (what you believe; the truth comes with the debrief):
play-role-unmarked = role ?
play-stance-unmarked = stance ?
play-found-out = {" "}· found out: { $roles }
play-outside = outside the company
play-person-line = { $name }, { $title } ({ $department }) · relationship { $relationship } · { $met ->
    [0] not met
    [1] met once
   *[other] met { $met } times
}
play-concern = { $concern } ({ $priority })
play-cares-about = cares about: { $concerns }
play-cannot-meet-yet = cannot meet yet: { $why }
play-stage = Stage: { $stage } (day { $start } to { $end })
play-offers = Offers (as far as you know):
play-yours = {"  "}(yours)
play-no-rival-move = No rival move heard of yet.
play-a-rival = A rival
play-rival-move = Day { $day }: { $vendor } { $text }

## `strings`: a scenario's translations.
strings-export-which-language = name the language to translate into: `key-account strings export SCENARIO --lang zh-CN`
strings-which-language = cannot tell the language of { $file } from its name; give it: --lang zh-CN
strings-cannot-read = cannot read the strings table { $file }
strings-cannot-write = cannot write the strings table { $file }
strings-fix-first = { $file } has errors; fix them first (or move it away to start a new table)
strings-not-imported = { $file } was not imported; fix the errors above and import it again
strings-exported = Wrote { $file }: { $texts } texts, { $done } translated, { $stale } stale. Fill in the "translation" column, clear "stale" where you fixed one, then `key-account strings import`.
strings-imported = Kept { $file }: { $texts } texts, { $done } translated, { $stale } stale.
cli-cannot-write = cannot write { $file }
report-csv-written = CSV written to { $file }
report-html-written = HTML written to { $file }

## `check`: one line per file, then the totals.
check-failed = FAILED
check-ok = ok
check-counts = { $errors } error(s), { $warnings } warning(s)
check-summary = { $files } file(s) checked: { $errors } error(s), { $warnings } warning(s)

## `replay`: a run record played again.
replay-no-scenario = no valid scenario with id "{ $id }" at { $file } or in { $folder }
replay-same = Same outcome: { $outcome } with { $points } points ({ $scenario } by { $player }, seed { $seed }, { $file })
replay-scenario-changed = The scenario changed since this record was made: { $file } has hash { $now }, the record has { $recorded }.
replay-still-same = The replay still ends the same way: { $detail }.
replay-ends-differently = The replay ends differently: { $detail }.
replay-different = Different result on the same scenario: { $detail }.

## `export-xapi`.
export-written = { $statements } statement(s) from { $records } record(s) written to { $file }
export-sent = { $statements } statement(s) from { $records } record(s) sent to { $url } in { $requests } request(s)
export-failed = { $why } ({ $sent } statement(s) were sent before; sending again stores none twice)
# Every failure, as the last line a command prints.
cli-error = error: { $error }
cli-cannot-read = cannot read { $file }
cli-no-scenarios = no .ron scenario files in { $folder }

## `new`: a starter scenario.
new-is-a-path = "{ $name }" is a path; give the scenario a plain name and choose the folder with --dir, e.g. `key-account new hospital --dir scenarios`
new-no-letters = give the scenario a name with letters or digits, e.g. `key-account new hospital`
new-exists = { $file } already exists; choose another name or remove it first
new-written = Wrote { $file }. Next: key-account check { $file } && key-account balance { $file }
play-locked = { $action }: { $why }

## `balance`: what the bots found, for a trainer. (JSON output is always in English.)
balance-too-easy = random play wins most deals ({ $share }%): too easy
balance-unwinnable = even the oracle (perfect knowledge and luck) never wins: unwinnable, or the winning line is beyond its search
balance-student-never-wins = the five-step student never wins: only perfect knowledge or luck wins this deal
balance-teaches-nothing = the scenario declares no step it teaches (`teaches: [..]`), so no lesson is gated
balance-fact-never-found = no bot ever found fact "{ $id }"
balance-tactic-never-used = no bot ever used tactic "{ $id }"
balance-person-never-met = no bot ever met "{ $id }"
# An expectation as the trainer wrote it, with the bot and the number of runs.
balance-expectation = { $about } [{ $policy }, { $runs } runs]
balance-not-measured = the bot could not take every required action ({ $actions }) in { $unhonoured } of { $runs } runs: it was never allowed there, so the result would not measure it; make it reachable or drop it from `require`
# $got and $bound: whole percentages, without the % sign.
balance-win-rate-at-most = win rate { $got }% (at most { $bound }%)
balance-win-rate-at-least = win rate { $got }% (at least { $bound }%)
balance-best-margin-at-most = best margin kept in a win { $got }% (at most { $bound }%)
balance-no-margin = no deal won, so no margin kept (at least { $bound }%)
balance-margin-at-least = average margin kept in a win { $got }% (at least { $bound }%)
balance-score-at-least = average score { $got } (at least { $bound })
balance-score-at-most = average score { $got } (at most { $bound })
balance-part-at-least = average { $part } { $got } (at least { $bound })
balance-part-at-most = average { $part } { $got } (at most { $bound })
balance-gate-student = the five-step student wins { $got }% of deals (at least { $bound }% needed): no lesson can be measured against it
balance-gate-skip = skipping step { $step } still wins { $got }% of deals (at most { $bound }% for the lesson to bite)
balance-gate-partial = skipping step { $step } halfway ({ $variant ->
        [late_start] a late start
        [stage_early] a stage early
        [half_departments] half the departments
        [no_gatekeeper] no gatekeeper
        [not_what_they_value] never asks who decides what matters
       *[other] { $variant }
    }) still wins { $got }% of deals (at most { $bound }% for the lesson to bite)
balance-has-errors = { $file } has errors; fix them first (key-account check)
balance-threads = cannot start { $jobs } threads
balance-json-failed = cannot write the JSON report
balance-failed = Some lessons or expectations failed.
# The progress bar's unit: "120/1200 deals".
balance-deals = deals
balance-example = for example (seed { $seed }, score { $score }): { $line }
balance-pass = PASS
balance-fail = FAIL
balance-warning = warning: { $what }
balance-policies-header = policy         runs   wins  score min / q1 / median / q3 / max  average per part (outcome, steps 1-5, ethics)
balance-step-1 = purchasing process
balance-step-2 = organization
balance-step-3 = functions and stances
balance-step-4 = active information
balance-step-5 = key players
# $runs, $wins, $low, $high, $margin: numbers already padded for the columns.
balance-lesson-row = { $runs } runs  wins { $wins }%  (95% interval { $low }-{ $high }%)  margin kept { $margin }%
balance-lessons = lessons (the trainee bots see only what a trainee sees; teaches step { $steps }):
balance-none-declared = none declared
balance-taught = <- taught
balance-skip-step = skip step { $step } ({ $name })
balance-partial-row = halfway: { $variant ->
        [late_start] a late start
        [stage_early] a stage early
        [half_departments] half the departments
        [no_gatekeeper] no gatekeeper
        [not_what_they_value] never asks who decides what matters
       *[other] { $variant }
    } (step { $steps })
balance-student = student (all five steps)
balance-oracle = oracle
balance-oracle-note = (upper bound: perfect knowledge and luck, not a trainee)
balance-best-line = the student's best line (score { $score }, seed { $seed }): { $line }
balance-typical-line = a typical deal of { $who } ({ $won ->
        [yes] won
       *[no] lost
    }, score { $score }, seed { $seed }): { $line }
balance-gate-pass = PASS lesson gate: every taught step bites
balance-gate-fail-step = FAIL lesson gate, step { $step }: { $what }
balance-gate-fail = FAIL lesson gate: { $what }
balance-expectation-line = { $status } { $expectation }: { $measured }
balance-policy-random = random
balance-policy-greedy = greedy
balance-policy-student = student
balance-policy-skip = skip step { $step }
balance-policy-partial = halfway: { $variant ->
        [late_start] a late start
        [stage_early] a stage early
        [half_departments] half the departments
        [no_gatekeeper] no gatekeeper
        [not_what_they_value] never asks who decides what matters
       *[other] { $variant }
    }
balance-policy-oracle = oracle

## `balance`: why the bots won and lost (whose votes, the typical deals, `--explain`).
balance-wrong-reason = the lesson gate passes for the wrong reason: { $variant ->
        [late_start] a late start
        [stage_early] a stage early
        [half_departments] half the departments
        [no_gatekeeper] no gatekeeper
        [not_what_they_value] never asking who decides what matters
       *[other] skipping step { $steps }
    } loses through { $through }, but step { $steps } is about { $about }; let the lesson's own people decide it (see `balance --explain`)
balance-oracle-below-student = the oracle won { $oracle }%, less than the student's { $student }%: here it is no upper bound on the win rate. It keeps the line that scores most (its search of { $beam } lines at a time, or the student's line played on the real deal), and here lines that score more lose more often: look at the score parts that reward a losing line
# $who: a bot's name; $people: swing lines joined with commas.
balance-lost-through = { $who } lost the votes of { $people }
balance-lost-nobody = { $who } lost no voter's vote against the student (its losses come from a dropped bid, a veto, a tie or the status quo)
# One voter: how often they vote for you with the student and with the skipper.
balance-swing = { $name } ({ $student }% → { $skipper }% for you)
balance-still-ours = still for you in most of its deals, though the step is about them: { $people }
balance-hint-student = what to change: the student's typical loss below shows whose vote it misses (`balance --explain` takes each apart); loosen their `access`, lower a rival's `courts` on them, or give the stage they decide in more days
balance-hint-1 = what to change: mark a stage `gate: true` (a bid none of its people was worked with during it is dropped), list the people who matter in each stage (`stages`), or make `pace.stage_missed` larger or `pace.stage_missed_closes: true`
balance-hint-2 = what to change: give the departments a skipper leaves out more `influence`, a role in `decision.veto_by`, or raise `decision.consensus` so one department cannot carry the vote
balance-hint-3 = what to change: lower the opponents' `disposition`, let an opponent sway the voters (`influences`), or give them a role in `decision.veto_by` (with `veto: true`)
balance-hint-4 = what to change: make the tactic that wins it need a key fact (`requires: [Known("fact")]`, the fact `key: true`), or what the decider values (`ConcernsAsked("person")`), make them `candid: false`, or hold a fact back until trust (`Trusted(n, Ask(..))`)
balance-hint-5 = what to change: put the key players behind `access` (`Introduction`, `AnyOf`), give them more `influence` or a veto (`decision.veto_by`), or let a rival court them (`courts`)
balance-explain-header = why (the bots' deals played again and taken apart; a trainer's view: it shows the truth the trainee does not see):
balance-explain-policy = { $who }: { $runs } deals, { $wins } won
balance-explain-win = a typical win (seed { $seed }, score { $score }): { $line }
balance-explain-loss = a typical loss (seed { $seed }, score { $score }): { $line }
balance-explain-typical = at the end of its typical deal (seed { $seed }, { $won ->
        [yes] won
       *[no] lost
    }), each vote:
balance-explain-replay-differs = (playing this line again from its seed ended differently: the explanation may not match the run)
# A voter's vote: $weight the weight of the vote, $choice the vendor, $other the offer ours is weighed against.
balance-explain-vote = { $name } (vote { $weight }) votes { $choice }{ $vetoed ->
        [yes] {" "}and vetoed the winner
       *[no] {""}
    }: you { $ours } against { $other } { $theirs } ({ $margin })
balance-explain-vote-out = { $name } (vote { $weight }) votes { $choice }: your offer is out of the running
balance-explain-parts = = { $parts }
balance-explain-start = starting relationship { $x }
balance-explain-since = relationship since { $x }
balance-explain-concern = { $concern } { $x } (weight { $share }%, scores { $ours } against { $theirs })
balance-explain-even = nothing they weigh counts { $x }
balance-explain-sway = sway from { $from } { $x } (strength { $strength })
balance-explain-moves = moved most by: { $moves }
balance-explain-move = day { $day } { $action } { $x }
balance-explain-nobody = nobody
balance-dropped = { $who }: its bid was dropped at the gate of "{ $stage }" in { $deals } of { $runs } deals
balance-wrong-reason-short = <- not through the people the step is about (see the warning below)
