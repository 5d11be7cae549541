### The deal's words: action labels, why an action is not allowed, the event log, meetings as
### talk, the five-steps checklist and the debrief. Names in braces come from the scenario.

## Why a typed line is not a command (`play`, scripts), shown after "? ".
parse-no-person = name a person by id
parse-unknown-person = no person with id "{ $id }"
parse-no-question = name a question by id
parse-unknown-question = no question with id "{ $id }"
parse-no-tactic = name a tactic by id
parse-unknown-tactic = no tactic with id "{ $id }"
parse-no-role = name a role, e.g. decision_maker
parse-unknown-role = no role "{ $id }"; roles: decision_maker, economic_buyer, technical_buyer, user_buyer, approver, coach, gatekeeper, influencer
parse-stance = stance is supporter, neutral, opponent or unknown
parse-days = "{ $days }" is not a number of days
parse-unknown-command = unknown command "{ $command }"; try meet, ask, needs, tactic, role, unrole, stance, wait, decide
parse-empty = empty command

## Actions, as buttons and the event log name them.
action-meet = Meet { $name }
action-ask = Ask { $name }: { $question }
action-ask-concerns = Ask { $name } what matters most to them
action-mark-role = Mark { $name } as { $role }
action-unmark-role = Unmark { $name } as { $role }
action-mark-stance = Mark { $name } as { $stance }
action-wait = { $days ->
    [one] Wait a day
   *[other] Wait { $days } days
}
action-await-decision = Wait for the decision

## Why an action is not allowed now (after the action's name and a colon).
cond-stage = only during "{ $stage }"
cond-before = only before "{ $stage }"
cond-from = only from "{ $stage }" on
# A tactic waits for a fact: its hint, never the fact itself.
cond-known-hint = you need to find out first: { $hint }
cond-known = needs something you have not found out yet
cond-met = meet { $name } first
cond-relationship = needs a relationship of { $at_least } with { $name }
cond-concerns-asked = ask { $name } what matters to them first
cond-used = use "{ $tactic }" first
cond-not-used = not after "{ $tactic }"
illegal-finished = the deal is over
illegal-no-such-thing = no such action in this deal
illegal-unknown-person = you do not know of this person yet
illegal-no-questions-left = no time left for questions: meet { $name } again
illegal-already-asked = you already asked that
illegal-needs-introduction = needs an introduction by { $name }
illegal-needs-fact = { $name } will not see you without a reason: find one first
# $stages: quoted stage names joined by or-separator.
illegal-wrong-stage = only during { $stages }
illegal-not-enough-days = takes { $need }, only { $left } left before the decision
illegal-not-enough-budget = costs { $need }, only { $left } left in the budget
illegal-already-used = already done
illegal-zero-wait = waiting zero days does nothing

## The event log: one line per thing that happened.
event-met-first = You met { $name } for the first time.
event-met-again = You met { $name } again.
event-learned = Learned: { $fact }
event-concern-learned = { $name } cares about { $concern } ({ $priority }).
event-roles-learned = You now know { $name }'s role in the purchase: { $roles }.
event-stance-learned = You now know where { $name } stands.
event-person-discovered = New person on the map: { $name }, { $title }.
event-no-answer = { $name } has nothing to tell you about that.
event-nothing-new = { $name } tells you nothing you did not know.
event-guarded = { $name } keeps their priorities to themself.
event-tactic-succeeded = "{ $tactic }" worked.
event-tactic-failed = "{ $tactic }" did not work out.
event-caught = The buyer's compliance office found out about "{ $tactic }".
event-relationship-rose = { $name }'s relationship with { $vendor } rose by { $by } (now { $now }).
event-relationship-fell = { $name }'s relationship with { $vendor } fell by { $by } (now { $now }).
event-score-changed = { $vendor }'s offer now scores { $now } on { $concern }.
event-price-changed = { $vendor }'s price is now { $price }.
event-price-at-floor = You cannot go below your floor price of { $price }.
event-price-answered = { $vendor } answered your price cut with its own: its price is now { $price }.
event-budget-raised = The buyer's budget rose by { $amount }.
event-dropped = "{ $stage }" ended and nobody there had worked with you during it: your bid was dropped.
event-not-yet = { $name } is not ready to talk business yet: their part of the purchase comes later.
event-stage-missed = "{ $stage }" ended before you worked with { $name } during it: they made up their mind without you.
event-disqualified = { $vendor } has been excluded from the tender.
# A rival's move: the rival's name, then the scenario's text of the move.
event-rival-move = { $vendor } { $text }
event-rival-move-blocked = A rival move came to nothing because of what you did first: { $text }
event-power-map-updated = Power map updated for { $name }.
event-day = Day { $day }.
event-stage-entered = The buyer moves to a new stage: { $stage }.
event-decided = The buyer has decided.

## How much a concern weighs.
priority-high = high priority
priority-medium = medium priority
priority-low = low priority
roles-none = no buying role

## Meetings as talk: what you say, what they answer, what happens.
talk-ask-concerns = What matters most to you in this?
talk-you-tactic = You: { $tactic }.
talk-meet-first = You meet { $name } for the first time.
talk-meet-again = You meet { $name } again.
# After the person says a fact in their own words: the fact as noted.
talk-noted = Noted: { $fact }
talk-you-learn = You learn: { $fact }
talk-concern-matters = { $concern } matters to me.
talk-no-answer = I have nothing to tell you about that.
talk-nothing-new = Nothing you have not heard from me already.
talk-guarded = Let us keep to the facts of the offer.
talk-news = News: { $news }

## The five-steps checklist (the game's panel and `play`'s `steps`).
step-1-name = Purchasing process
step-1-nobody = Nobody you know of matters in the stages so far.
step-1-detail = You worked with { $in_time } of the { $due } people who matter in the stages so far, during their stage.
step-2-name = Organization structure
step-2-detail = You have met people in { $worked } of the { $departments } departments with a say.
step-3-name = Functions and stances
step-3-detail = Your power map has a role and a stance for { $mapped } of the { $known } people you know.
step-4-name = Active information
step-4-detail = You asked { $asked ->
    [one] 1 question
   *[other] { $asked } questions
} and found { $found ->
    [one] 1 fact
   *[other] { $found } facts
} yourself.
step-5-name = Key players
step-5-unmarked = You have not marked who decides.
step-5-met = You have met the person you believe decides.
step-5-not-met = You have not met the person you believe decides.

## The debrief: the outcome. $text is the scenario's own debrief text.
debrief-lost = { $winner } won the deal. { $text }
debrief-no-consensus = No consensus: the buyer kept { $kept }. { $text }
debrief-no-decision = No decision was made. { $text }
debrief-disqualified = Compliance caught you and the buyer excluded you. { $text }
debrief-margin = You sold at { $price } against a list price of { $list } and a floor of { $floor }: { $kept } of the margin kept.
debrief-dropped = Your bid was dropped when "{ $stage }" ended: nobody who matters in it had worked with you during it.
debrief-no-vendor = no vendor
# $share: a whole percentage, without the % sign.
debrief-vote = { $name } ({ $share }% of the say) chose { $choice }.
debrief-veto = { $name } used their veto against the majority's choice.
debrief-follow-up-deciders = Relationship left for follow-up service: { $share }% (average over the people who decide).
debrief-follow-up-with = Relationship left for follow-up service with { $names }: { $share }%.
# A tactic that worked, with the scenario's text on why it matters.
debrief-tactic = { $tactic }: { $text }
debrief-rival-move = Day { $day }: { $vendor } { $text }
debrief-rival-countered = Day { $day }: what you did first stopped this: { $vendor } { $text }
debrief-price-answered = Day { $day }: { $vendor } answered your price cut with its own, down to { $price }.

## The debrief, step 1: each stage's people in their stage.
debrief-no-stage-people = No person in this deal is tied to a stage.
debrief-stage-worked = You worked with { $name } during "{ $stage }" (day { $day }), when they matter.
debrief-stage-too-early = You met { $name } before "{ $stage }" began (day { $start }), but not during it: they made up their mind without you.
debrief-stage-missed = You never worked with { $name } during "{ $stage }" (days { $start } to { $end }), when they matter.

## The debrief, step 2: roles on the power map, departments worked.
debrief-no-roles = Nobody in this deal holds a buying role.
debrief-role-unmapped = You did not map { $name }'s role: { $truth }.
debrief-role-guessed = You marked { $name } as { $marked } without finding it out (a guess scores nothing); in truth: { $truth }.
debrief-role-right = You found out and mapped { $name } correctly as { $truth }.
debrief-role-wrong = You mapped { $name } as { $marked }; what you found out said { $truth }.
debrief-no-voting-departments = No department votes in this deal.
debrief-department-worked = You worked with { $department }: { $name }.
debrief-department-missed = You never worked with { $department }, which has a say.

## The debrief, step 3: stances marked, opponents and informal roles worked.
debrief-nobody-has-a-say = Nobody in this deal has a say.
debrief-stance-right = You read { $name } right: { $truth }.
debrief-stance-guessed = You marked { $name } as { $marked } without having learned what they care about: a guess scores nothing.
debrief-stance-wrong = You had { $name } as { $marked }; at the decision they were { $truth }.
debrief-stance-unmarked = You never marked { $name }'s stance; they were { $truth }.
debrief-no-hard-cases = Nobody started against you or held an informal role.
debrief-opponent-at-start = an opponent at the start
# $who: "an opponent at the start" or their informal roles.
debrief-hard-case-turned = You worked with { $name } ({ $who }), who was { $now } at the decision.
debrief-hard-case-still-against = You worked with { $name } ({ $who }), but they were still an opponent at the decision.
debrief-hard-case-missed = You never worked with { $name } ({ $who }); they were { $now } at the decision.

## The debrief, step 4: key facts.
debrief-no-key-facts = This deal has no key facts to find.
debrief-fact-found = You found out: { $fact }
debrief-fact-missed = You never found out: { $fact }

## The debrief, step 5: key players.
debrief-no-key-players = Nobody in this deal decides alone.
debrief-key-player-met = You met { $name }, who really decides.
debrief-key-player-never-met = You never met { $name }, who really decides.
debrief-key-player-concern-learned = You learned what { $name } cares about most: { $concern }.
debrief-key-player-concern-missed = You never learned that { $name } cares most about { $concern }.
debrief-key-player-supported = { $name } supported you at the decision.
debrief-key-player-stance = { $name } was { $stance } at the decision.

## The debrief: ethics.
debrief-no-compliance-risk = You took no compliance risk.
debrief-ethics-start = Ethics starts at full marks.
debrief-breaks-policy = "{ $tactic }" breaks the buyer's gift and hospitality policy: an ethics failure whether or not anyone notices.
debrief-breaks-policy-caught = "{ $tactic }" breaks the buyer's gift and hospitality policy: an ethics failure whether or not anyone notices. Compliance caught it.
# $risk: a whole percentage, without the % sign.
debrief-compliance-risk = "{ $tactic }" carried a { $risk }% compliance risk.
debrief-compliance-risk-caught = "{ $tactic }" carried a { $risk }% compliance risk. Compliance caught it.

## The debrief's counterfactual: a line of play that would have done better, replayed.
cf-waiting = waiting for the decision
# The moves of a line: "meet Tang, ask Tang about the budget and present the case".
cf-moves = { $first } and { $last }
cf-step-1 = the purchasing process
cf-step-2 = the organization structure
cf-step-3 = functions and stances
cf-step-4 = active information
cf-step-5 = key players
cf-why = Step { $step } ({ $name }):{" "}
cf-why-detail = Step { $step } ({ $name }), { $detail }:{" "}
cf-detail-5 = you never met { $name }, who decided
cf-detail-4 = key facts were never found
cf-detail-2 = you never worked { $departments }
cf-result-score = scored { $score } on average over { $replays } replays (yours from there: { $own })
cf-result-wins = won in { $wins } of { $replays } replays; your own moves from there won in { $own } of { $replays }
# $why: the step it teaches and why (may be empty).
cf-line = { $why }from day { $day }, a line that starts with { $moves } { $result }.

## A person who holds back what they know until they trust you more (a `Trusted` source).
event-not-trusted = { $name } is not ready to tell you that yet: build the relationship first (meet again, or a tactic), then ask again.
talk-not-trusted = I would rather not go into that yet.
