### Diagnostics of a scenario file: the message, the label under the caret, and how to fix it.
### Ids, field names, RON syntax and `backticked` text are code: the same in every language.

## Reading the file: it cannot be read, or it is not text.

# The message when a scenario file cannot be read; $reason is one of the check-unreadable-* below.
check-unreadable = cannot read { $file }: { $reason }
# Under the caret of an unreadable file.
check-unreadable-label = unreadable
# Why: the path is not a regular file; $kind is a check-file-kind-*.
check-unreadable-not-regular = it is { $kind }, not a regular file
# Help for a path that is not a regular file.
check-unreadable-not-regular-help = give the path of a .ron scenario file (or a folder of them)
# Why: the file is larger than the limit ($size such as "64 MiB").
check-unreadable-too-large = it is larger than { $size }
# Help for a file over the size limit.
check-unreadable-too-large-help = a scenario is text a trainer writes; is this the right file?
# Why: the system's own error text ("No such file or directory").
check-unreadable-io = { $error }
# Help for a file the system could not read.
check-unreadable-io-help = check that the file exists and that you may read it
# What a path is when it is not a regular file: a named pipe.
check-file-kind-fifo = a named pipe (FIFO)
# A device file.
check-file-kind-device = a device
# A socket.
check-file-kind-socket = a socket
# A folder.
check-file-kind-folder = a folder
# Anything else that is not a regular file.
check-file-kind-other = not a file
# The file's bytes are not UTF-8 text; $byte is the offset of the first bad byte.
check-not-utf8 = { $file } is not valid UTF-8 text (byte { $byte })
# Under the caret at the first bad byte.
check-not-utf8-label = invalid byte here
# Help for a file that is not UTF-8.
check-not-utf8-help = save the file as UTF-8 in your editor

## Parsing: fields, names and map keys. $outer is the struct or enum (`Stakeholder`) where the file names one.

# A field the struct does not have.
check-unknown-field = unknown field `{ $found }`
# A field the struct $outer does not have.
check-unknown-field-in = unknown field `{ $found }` in `{ $outer }`
# Under the unknown field.
check-unknown-field-label = not a field here
# Help: the closest field, then every field ($fields: `id`, `name`, ...).
check-unknown-field-help-typo = did you mean `{ $best }`? The fields are: { $fields }
# Help: every field, when none is close.
check-unknown-field-help = the fields are: { $fields }
# A name (a role, a measure, ...) that is not one of the choices.
check-unknown-variant = unknown name `{ $found }`
# A name that is not one of the choices of $outer.
check-unknown-variant-in = unknown name `{ $found }` in `{ $outer }`
# Under the unknown name.
check-unknown-variant-label = not one of the choices
# Help: the closest name, then every choice.
check-unknown-variant-help-typo = did you mean `{ $best }`? The choices are: { $choices }
# Help: every choice, when none is close.
check-unknown-variant-help = the choices are: { $choices }
# A required field is not written.
check-missing-field = missing field `{ $field }`
# A required field of $outer is not written.
check-missing-field-in = missing field `{ $field }` in `{ $outer }`
# Under the place the field is missing from.
check-missing-field-label = `{ $field }` is required here
# Help for a missing field.
check-missing-field-help = add `{ $field }: ...,` (see docs/scenario-format.md)
# A field written twice.
check-duplicate-field = the field `{ $field }` appears twice
# A field of $outer written twice.
check-duplicate-field-in = the field `{ $field }` appears twice in `{ $outer }`
# Under the second copy.
check-duplicate-field-label = second time
# Help for a field written twice.
check-duplicate-field-help = keep one of them
# A map key written twice; $key is quoted ("price").
check-duplicate-key = the key { $key } appears twice in this map
# Under the end of the map.
check-duplicate-key-label = the map with it ends here
# Help for a key written twice.
check-duplicate-key-help = keep one of them: the file would otherwise mean only the last

## Parsing: a value of the wrong kind.

# A whole number was expected.
check-expected-integer = expected a whole number
# Under the value.
check-expected-integer-label = not a whole number
# Help.
check-expected-integer-help = write a whole number such as `3`, without quotes or a decimal point
# A number was expected.
check-expected-float = expected a number
# Under the value.
check-expected-float-label = not a number
# Help.
check-expected-float-help = write a number such as `2.5`, without quotes
# Quoted text was expected.
check-expected-string = expected text in double quotes
# Under the value.
check-expected-string-label = not quoted text
# Help.
check-expected-string-help = write it in double quotes, like "finance"
# `true` or `false` was expected.
check-expected-boolean = expected `true` or `false`
# Under the value.
check-expected-boolean-label = not true or false
# Help.
check-expected-boolean-help = write `true` or `false`
# A list was expected.
check-expected-list = expected a list
# Under the value.
check-expected-list-label = not a list
# Help.
check-expected-list-help = write a list in square brackets, like `["a", "b"]`
# A map was expected.
check-expected-map = expected a map
# Under the value.
check-expected-map-label = not a map
# Help.
check-expected-map-help = write a map in curly brackets, like `{"{"}"price": 5{"}"}`
# Fields in round brackets were expected.
check-expected-struct = expected a group of fields in round brackets
# Under the value.
check-expected-struct-label = not `( ... )`
# Help.
check-expected-struct-help = write the fields in round brackets, like `(id: "x", name: "X")`
# A value of another kind; $expected and $found are the parser's English words ("a boolean").
check-invalid-value = expected { $expected }, found { $found }
# Under a value of the wrong kind.
check-wrong-type-label = wrong kind of value
# Help: $expected in the parser's English words.
check-invalid-value-help = write { $expected } here
# A value of the wrong kind in the parser's own English sentence ($detail).
check-wrong-type-detail = { $detail }
# Help.
check-wrong-type-detail-help = see docs/scenario-format.md for what this field takes

## Parsing: brackets, commas and quotes.

# A comma is missing.
check-expected-comma = expected a comma
# Under the place after it.
check-expected-comma-label = a `,` is missing before this
# Help.
check-expected-comma-help = separate fields and list items with commas
# The file ends inside a bracket.
check-eof = the file ends too early
# Under the end.
check-eof-label = unexpected end
# Help.
check-eof-help = a `)`, `]` or `{"}"}` is probably missing; check that every bracket is closed
# A string has no closing quote.
check-unclosed-string = a string is not closed
# Under the string's start.
check-unclosed-string-label = string starts here
# Help.
check-unclosed-string-help = add the closing `"`
# Text after the scenario's closing bracket.
check-trailing = text after the end of the scenario
# Under the text.
check-trailing-label = unexpected text
# Help.
check-trailing-help = the scenario is one `( ... )`; remove what follows it or check the brackets
# A closing bracket was expected; $bracket is `]`, `}` or `)`.
check-expected-closing = Expected closing `{ $bracket }`
# Under the place.
check-expected-closing-label = expected a closing bracket or a comma here
# Help.
check-expected-closing-help = a comma is probably missing between two items, or a bracket is not closed
# A map key without `:`.
check-expected-colon = expected `:` after a key
# Under the place.
check-expected-colon-label = `:` missing
# Help.
check-expected-colon-help = write map entries as `"key": value`
# Any other syntax error, in the parser's own English words ($detail).
check-syntax-detail = { $detail }
# Under the place.
check-syntax-detail-label = here
# Help.
check-syntax-detail-help = check the RON syntax near this point (brackets, commas, quotes)

## The RON parser's own errors, worded as the parser words them in English ($quoted, $character and $digit as Rust writes them, with quotes).

# A field name or a name was expected.
check-ron-expected-identifier = Expected identifier
# `()` was expected.
check-ron-expected-unit = Expected unit
# `Some(..)` or `None` was expected.
check-ron-expected-option = Expected option
# A `/*` comment with no `*/`.
check-ron-unclosed-comment = Unclosed block comment
# An underscore in a decimal number.
check-ron-float-underscore = Unexpected underscore in float
# A number that starts with an underscore.
check-ron-leading-underscore = Unexpected leading underscore in a number
# A character that cannot stand here ($character: ',').
check-ron-unexpected-char = Unexpected char { $character }
# A letter or sign in a whole number ($digit: 'e', $base: 10).
check-ron-invalid-digit = Invalid digit { $digit } for base { $base } integers
# A name that is not a valid identifier ($identifier quoted).
check-ron-invalid-identifier = Invalid identifier { $identifier }
# A reserved word used as a name ($quoted: "x" quoted; $identifier: bare).
check-ron-raw-identifier = Found invalid std identifier { $quoted }, try the raw identifier `r#{ $identifier }` instead
# A struct written with another name ($expected and $found as `Name`).
check-ron-struct-name = Expected struct { $expected } but found { $found }
# A tuple or list with the wrong number of elements; $expected in the parser's English words.
check-ron-length = Expected { $expected } but found { $found ->
        [0] zero elements
        [one] one element
       *[other] { $found } elements
    } instead

## The kinds of things a scenario names, one ($kind) and several ($kinds), inside the messages below.

check-kind-concern = concern
check-kind-department = department
check-kind-stakeholder = stakeholder
check-kind-stage = stage
check-kind-vendor = vendor
check-kind-fact = fact
check-kind-question = question
check-kind-tactic = tactic
check-kinds-concern = concerns
check-kinds-department = departments
check-kinds-stakeholder = stakeholders
check-kinds-stage = stages
check-kinds-vendor = vendors
check-kinds-fact = facts
check-kinds-question = questions
check-kinds-tactic = tactics

## Ids: empty, not one word, used twice, or naming nothing. $list is the file's list (`stakeholders`).

# An id that names nothing of its kind.
check-dangling-id = no { $kind } has the id "{ $id }"
# Under the id.
check-dangling-id-label = unknown { $kind }
# Help: the closest existing id.
check-dangling-id-help-typo = did you mean "{ $best }"?
# Help when the list is empty.
check-dangling-id-help-none = add it to `{ $list }` first
# Help: add it, or use one of the ids there are ($known: "a", "b", ...).
check-dangling-id-help = add a { $kind } with id "{ $id }" to `{ $list }`, or use one of: { $known }
# The first ids of a long list ($ids), and how many more there are.
check-id-preview-more = { $ids } and { $more } more
# Something has an empty id.
check-empty-id = a { $kind } has an empty id
# Under an empty id.
check-empty-id-label = empty id
# Help.
check-empty-id-help = give it a short readable id like "finance_head"
# The scenario's own id is empty.
check-empty-scenario-id = the scenario has an empty id
# Help.
check-empty-scenario-id-help = give it a short id like "keyboard"
# An id with a space or a sign in it.
check-bad-id = the { $kind } id "{ $id }" is not one word
# The scenario's own id has a space or a sign in it.
check-bad-scenario-id = the scenario id "{ $id }" is not one word
# Under the id.
check-bad-id-label = not one word
# Help: $what is check-bad-id-space or the sign in backticks; $fixed the id with `_` for each.
check-bad-id-help = an id is one word of letters, digits, `_`, `-` or `.` (trainees type ids in commands such as `meet han_zong`); it has { $what }: write "{ $fixed }" here and where it is used
# What is wrong in the id: a space.
check-bad-id-space = a space
# Two things of a kind share an id.
check-duplicate-id = two { $kinds } share the id "{ $id }"
# Under the second.
check-duplicate-id-label = used again here
# Help.
check-duplicate-id-help = ids must be unique among { $kinds }; rename one

## Numbers out of range. $what names the number (check-what-*); $value, $lo and $hi are numbers.

# A number outside its range.
check-out-of-range = { $what } is { $value }, outside { $lo } to { $hi }
# Under the number.
check-out-of-range-label = out of range
# Help.
check-out-of-range-help = use a value from { $lo } to { $hi }
# A concern's weight.
check-what-weight = a concern weight
# The low end of a concern's weight range.
check-what-weight-low = the low end of the weight range
# The high end of a concern's weight range.
check-what-weight-high = the high end of the weight range
# `Relationship("person", n)` in a precondition.
check-what-relationship-threshold = a relationship threshold
# `Relationship(who, n)` in an effect.
check-what-relationship-change = a relationship change
# `Score("concern", n)` in an effect.
check-what-score-change = a score change
# `Price(n)` in an effect.
check-what-price-change = a price change in percent
# `pace.hours_per_day`.
check-what-hours-per-day = hours per day
# `pace.question_hours`.
check-what-question-hours = hours per question
# `pace.stage_missed`.
check-what-stage-missed = the missed-stage relationship change
# `pace.before_stage_rapport`.
check-what-before-stage-rapport = the rapport before a person's stage
# `decision.consensus`.
check-what-consensus = the consensus share
# `decision.relationship_weight`.
check-what-relationship-weight = the relationship weight
# `decision.stance_margin`.
check-what-stance-margin = the stance margin
# `Price(n)` as a concern's measure.
check-what-price-sensitivity = the price sensitivity
# `Agreement(n)` as a concern's measure.
check-what-agreement-exponent = the agreement exponent
# A step of the five steps (`teaches`, `SkipStep`).
check-what-step = a step of the five
# A share in an expectation's bound.
check-what-share = a share
# A score in an expectation's bound.
check-what-score = a score
# A person's `influence`.
check-what-influence = influence
# A person's `disposition`.
check-what-disposition = disposition
# A person's relationship with a rival (`rivals`).
check-what-relationship = a relationship
# The strength of an influence edge.
check-what-influence-strength = an influence strength
# A tactic's `odds`.
check-what-odds-of-success = the odds of success
# A tactic's `compliance_risk`.
check-what-compliance-risk = the compliance risk
# A competitor move's `odds`.
check-what-odds = the odds
# What a rival gains each day with a person it `courts`.
check-what-courting = a relationship change per day
# A vendor's score on a concern.
check-what-vendor-score = a score
# A weight range `(lo, hi)` with lo above hi.
check-bad-range = the range ({ $lo }, { $hi }) runs backwards
# Under the range.
check-bad-range-label = low end above high end
# Help: the range the right way round.
check-bad-range-help = write it as ({ $hi }, { $lo })
# Every part of `scoring` is 0.
check-zero-scoring = every part of the score is worth 0 points, so every run scores 0 of 0
# Under `scoring`.
check-zero-scoring-label = nothing to earn
# Help.
check-zero-scoring-help = give the parts points, e.g. `outcome: 40`, or remove `scoring` to use the defaults

## Effects and measures.

# `Score(..)` on a concern computed from prices.
check-computed-concern-effect = concern "{ $concern }" is computed from prices, so its score cannot be changed directly
# Under the effect.
check-computed-concern-effect-label = computed concern
# Help.
check-computed-concern-effect-help = change the price with `Price(-5.0)` instead
# `Budget(x)` with x not a sum of money.
check-budget-change = a budget change of { $amount } is not a sum of money
# Under the amount.
check-budget-change-label = bad amount
# Help.
check-budget-change-help = write the amount the buyer's budget rises by, e.g. `Budget(50000.0)`
# `Budget(..)` effect with no budget concern.
check-no-budget-concern = no concern is measured by `Budget(..)`, so raising the budget changes nothing
# Under the effect.
check-no-budget-concern-label = no budget
# Help.
check-no-budget-concern-help = add a concern with `measure: Budget(limit)`
# `Budget(limit)` as a measure with limit not above 0.
check-budget-limit = a budget limit must be above 0, not { $limit }
# Under the limit.
check-budget-limit-label = not a budget
# Help.
check-budget-limit-help = write the buyer's budget, e.g. `Budget(50000.0)`
# The file has no `concerns`.
check-no-concerns-listed = the scenario lists no concerns
# Under `concerns`.
check-no-concerns-listed-label = no concerns
# Help.
check-no-concerns-listed-help = add what people care about, e.g. (id: "price", name: "Price", measure: Price(4.0))

## The calendar: stages, the start and the decision, stage gates.

# More than 64 stages.
check-too-many-stages = { $count } stages; at most 64 are supported
# Under `stages`.
check-too-many-stages-label = too many
# Help.
check-too-many-stages-help = merge stages: a buying process has a handful
# Every stage is a follow-up.
check-no-deal-stage = every stage is a follow-up stage; the deal itself needs one
# Under `stages`.
check-no-deal-stage-label = only follow-up
# Help.
check-no-deal-stage-help = add a stage that starts before the decision
# The file has no `stages`.
check-no-stages = the scenario has no purchasing stages
# Under an empty list of stages (`stages`, `Stages([])`).
check-no-stages-label = no stages
# Help.
check-no-stages-help = add at least one stage, e.g. (id: "evaluation", name: "Evaluation", day: 0)
# A stage that does not start after the one before it.
check-stage-order = stage "{ $stage }" starts on day { $day }, not after the stage before it (day { $prev })
# Under the day.
check-stage-order-label = out of order
# Help.
check-stage-order-help = list stages in calendar order; start "{ $stage }" after day { $prev }
# A follow-up stage that starts before the decision.
check-follow-up-before-decision = follow-up stage "{ $stage }" starts on day { $day }, before the decision (day { $decision })
# Under the day.
check-follow-up-before-decision-label = before the decision
# Help.
check-follow-up-before-decision-help = start a follow-up stage on or after `decision.day`
# A deal stage listed after a follow-up stage.
check-stage-after-follow-up = stage "{ $stage }" comes after a follow-up stage
# Under the stage.
check-stage-after-follow-up-label = after follow-up
# Help.
check-stage-after-follow-up-help = list the follow-up stages (after the decision) last
# A deal stage that starts on or after the decision.
check-stage-after-decision = stage "{ $stage }" starts on day { $day }, but the decision is on day { $decision }
# Under the day.
check-stage-after-decision-label = after the decision
# Help.
check-stage-after-decision-help = every stage must start before `decision.day`, or be marked `follow_up: true`
# The first stage starts after the deal does.
check-calendar-gap = the deal starts on day { $start } but the first stage only on day { $first }
# Under the first stage's day.
check-calendar-gap-label = starts late
# Help.
check-calendar-gap-help = start the first stage on the start day so every day has a stage
# The decision is not after the start.
check-no-time = the decision (day { $decision }) is not after the start (day { $start })
# Under `decision.day`.
check-no-time-label = no time to play
# Help.
check-no-time-help = set `decision.day` after `start.day`
# A gate stage nobody is tied to.
check-gate-without-people = stage "{ $stage }" is a gate, but nobody is tied to it
# Under `gate`.
check-gate-without-people-label = nobody to pass
# Help.
check-gate-without-people-help = add "{ $stage }" to the `stages` of the people who decide the gate
# A follow-up stage marked as a gate.
check-gate-after-decision = a follow-up stage comes after the decision, so it cannot gate the bid
# Under something that comes after the decision (a gate, a competitor move).
check-too-late-label = too late
# Help.
check-gate-after-decision-help = put the gate on a stage before the decision

## Vendors.

# No vendor is the trainee's company.
check-no-seller = no vendor is marked `us: true`
# Under `vendors`.
check-no-seller-label = whose side is the trainee on?
# Help.
check-no-seller-help = mark the trainee's company with `us: true`
# Two vendors are the trainee's company.
check-two-sellers = more than one vendor is marked `us: true`
# Under the second `us`.
check-two-sellers-label = second seller
# Help.
check-two-sellers-help = only the trainee's company is `us: true`
# Only one vendor.
check-no-rival = the deal has no rival vendor
# Under `vendors`.
check-no-rival-label = no competition
# Help.
check-no-rival-help = add a competitor or the status-quo vendor, so the buyer has a choice
# A vendor's `price` not above 0.
check-vendor-price = price { $price } must be above 0
# Under a price that is not one.
check-bad-price-label = bad price
# Help.
check-vendor-price-help = write the offer's price, e.g. `price: 100000.0`
# The trainee's floor price outside 0 to the price.
check-floor = the floor price { $floor } must be between 0 and the price { $price }
# A rival's floor price outside 0 to the price.
check-rival-floor = the rival's floor price { $floor } must be between 0 and the price { $price }
# Under `floor`.
check-floor-label = bad floor
# Help for the trainee's floor.
check-floor-help = set `floor` to the lowest price you may sell at
# Help for a rival's floor.
check-rival-floor-help = set `floor` to how low this rival follows your price cuts, or remove it
# `courts` on the trainee's company.
check-courts-by-us = the trainee's company does not court people by itself
# Under something that names the trainee's own company.
check-that-is-us-label = that is us
# Help.
check-courts-by-us-help = move `courts` to a rival; the trainee courts people by meeting them
# A vendor's score on a concern computed from prices.
check-computed-concern-score = concern "{ $concern }" is computed from prices; this score is ignored
# Under the score.
check-computed-concern-score-label = ignored
# Help.
check-computed-concern-score-help = remove it; change `price` instead
# A vendor with no score on a rated concern.
check-missing-score = vendor "{ $vendor }" has no score for concern "{ $concern }"; 5 is assumed
# Under `scores`.
check-missing-score-label = score missing
# Help.
check-missing-score-help = add "{ $concern }": 5.0 (0 = worst, 10 = best)

## People.

# A voter with no concerns.
check-no-concerns = "{ $person }" votes but cares about nothing, so offers cannot move them
# Under `concerns`.
check-no-concerns-label = no concerns
# Help.
check-no-concerns-help = give them at least one weighted concern
# `rivals` names the trainee's company.
check-rival-is-us = `rivals` lists the trainee's own company
# Help.
check-rival-is-us-help = set the relationship with the trainee's company in `disposition`
# A person introduced only by themself.
check-self-introduction = "{ $person }" can only be introduced by themself
# Under the rule.
check-self-introduction-label = circular
# Help.
check-self-introduction-help = name someone else who can introduce them
# `Stages([])` in `access`.
check-no-access-stages = `Stages([])` lists no stage, so nobody can ever meet this person
# Help.
check-no-access-stages-help = name the stages when they can be met
# A person who influences themself.
check-self-influence = "{ $person }" influences themself
# Under the key.
check-self-influence-label = self
# Help.
check-self-influence-help = influence edges go to other people
# A person receiving influence above 1 in total ($total like 1.20).
check-influence-over-one = "{ $person }" receives influence { $total } in total; it is scaled down to 1
# Under the person.
check-influence-over-one-label = too much influence
# Help.
check-influence-over-one-help = keep the strengths pointing at one person at or below 1 in total
# Nobody votes with influence.
check-no-voters = nobody has a say in the decision (every stakeholder has no vote or influence 0)
# Under `stakeholders`.
check-no-voters-label = no decision body
# Help.
check-no-voters-help = give the people in departments an influence above 0
# No voter is a decision maker.
check-no-decision-maker = no voting stakeholder has the role DecisionMaker
# Under `stakeholders`.
check-no-decision-maker-label = who signs?
# Help.
check-no-decision-maker-help = add `roles: [DecisionMaker]` to the person who decides (the economic buyer)
# A department nobody works in.
check-empty-department = nobody works in department "{ $department }"
# Under the department's id.
check-empty-department-label = empty
# Help.
check-empty-department-help = put a stakeholder in it, or remove it

## Facts and questions.

# A person answering one question with two facts.
check-two-answers = "{ $person }" already answers "{ $question }" with another fact; both are revealed together
# Under the second source.
check-two-answers-label = second answer
# A fact revealing a concern the person does not have.
check-concern-not-held = fact "{ $fact }" reveals that "{ $person }" cares about "{ $concern }", but "{ $person }" has no such concern
# Under the reveal.
check-concern-not-held-label = not one of their concerns
# Help.
check-concern-not-held-help = add "{ $concern }" to the concerns of "{ $person }"
# A question no fact answers.
check-unused-question = nobody answers question "{ $question }"
# Under the question's id.
check-unused-question-label = never answered
# Help.
check-unused-question-help = add `Ask("person", "{ $question }")` to a fact's sources, or remove the question

## Tactics and competitor moves.

# A risky tactic with no `if_caught`.
check-risk-without-consequence = tactic "{ $tactic }" can be caught but `if_caught` is empty, so nothing happens when it is
# Under `compliance_risk`.
check-risk-without-consequence-label = no consequence
# Help.
check-risk-without-consequence-help = add `if_caught: [Disqualify]` or a relationship loss
# A tactic with both `repeatable` and `retry`.
check-retry-and-repeatable = tactic "{ $tactic }" is `repeatable`, so `retry` adds nothing
# Under `retry`.
check-retry-and-repeatable-label = redundant
# Help.
check-retry-and-repeatable-help = keep one: `repeatable` (any time) or `retry` (after a failure)
# A tactic that does nothing.
check-no-effect = tactic "{ $tactic }" changes nothing and reveals no fact
# Under `effects`.
check-no-effect-label = no effect
# Help.
check-no-effect-help = give it effects, or make it a source of a fact
# A competitor move by the trainee's company.
check-move-by-us = a competitor move is made by the trainee's own company
# Help.
check-move-by-us-help = name a rival vendor; the trainee's own moves are tactics
# A competitor move on or after the decision.
check-move-after-decision = this move on day { $day } comes on or after the decision (day { $decision }) and never happens
# Help.
check-move-after-decision-help = move it before `decision.day`
# `Budget(..)` in a competitor move.
check-budget-by-rival = a rival cannot raise the buyer's budget for the trainee
# Under the effect.
check-budget-by-rival-label = not a rival's move
# Help.
check-budget-by-rival-help = move `Budget(..)` to one of the trainee's tactics

## Variations.

# A variation with nothing in `pick_one`.
check-no-alternatives = variation "{ $variation }" has no alternatives
# Under `pick_one`.
check-no-alternatives-label = nothing to pick
# Help.
check-no-alternatives-help = add at least two alternatives
# A variation whose alternatives all weigh 0.
check-zero-weights = every alternative of "{ $variation }" has weight 0
# Under `pick_one`.
check-zero-weights-label = never picked
# Help.
check-zero-weights-help = give at least one alternative a weight above 0
# A patched price that is not above 0.
check-patch-price = price { $price } must be a number above 0
# Help.
check-patch-price-help = write the offer's price, e.g. `Price("us", 95000.0)`
# A patched price of the trainee's below its floor.
check-price-below-floor = price { $price } is below the floor { $floor } of "{ $vendor }": the trainee would sell at a loss
# Under the price.
check-price-below-floor-label = below the floor
# Help.
check-price-below-floor-help = use a price of at least { $floor }, or lower `floor`

## Expectations and the steps taught.

# An action both required and avoided.
check-require-avoided = the bot is told both to take and to avoid this action
# Under the action.
check-require-avoided-label = required and avoided
# Help.
check-require-avoided-help = remove it from `avoid` or from `require`
# A step listed twice in `teaches`.
check-duplicate-step = step { $step } is listed twice
# Under the second.
check-duplicate-step-label = listed twice
# Help.
check-duplicate-step-help = list each step once

## Spoken lines (`says`).

# A fact with words that no person tells.
check-says-nobody-fact = fact "{ $fact }" has words, but no person tells it: it has no `Meeting` or `Ask` source
# Under `says`.
check-says-nobody-label = never spoken
# Help.
check-says-nobody-fact-help = add a `Meeting("person")` or `Ask("person", "question")` source, or remove `says`
# A tactic with words aimed at `Everyone`.
check-says-nobody-everyone = tactic "{ $tactic }" has words, but no one person to say them: its target is `Everyone`
# A tactic with words and no target.
check-says-nobody-no-target = tactic "{ $tactic }" has words, but no one person to say them: its target is not set
# Help.
check-says-nobody-tactic-help = give it a `target: Person("id")` or `Department("id")`, or remove `says`
# Words that are only spaces.
check-says-blank = these words are only spaces
# Under the words.
check-says-blank-label = blank
# Help.
check-says-blank-help = write what the person says, or remove the field

## Whether the deal can be played: people nobody can meet, facts nobody can find, tactics nobody can use.

# Under a person who matters (votes, has a role or influence) and cannot be met.
check-unreachable-stakeholder-label = nobody can reach this person
# Under another person who cannot be met.
check-unreachable-stakeholder-minor-label = unreachable
# A hidden person no reachable fact reveals.
check-unreachable-hidden = stakeholder "{ $person }" is hidden and no reachable fact reveals them
# Help.
check-unreachable-hidden-help = add `Person("{ $person }")` to the `reveals` of a fact the trainee can find
# A person whose introducer cannot be met.
check-unreachable-introduction = stakeholder "{ $person }" can never be met: the introduction by "{ $by }" can never happen, because "{ $by }" cannot be met either
# A person met only after a fact nobody can find.
check-unreachable-after-fact = stakeholder "{ $person }" can never be met: the fact "{ $fact }" can never be found
# Help for the two above.
check-unreachable-rule-help = make the introducer or the fact reachable, or remove this rule
# A person who cannot be met, for no single rule.
check-unreachable-never = stakeholder "{ $person }" can never be met
# Help.
check-unreachable-never-help = check the rules in `access`
# A fact with no source at all.
check-unsourced-fact = nothing reveals fact "{ $fact }"
# Help.
check-unsourced-fact-help = add a source: `Meeting("person")`, `Ask("person", "question")` or `Tactic("tactic")`, or list it in `start.known_facts`
# A fact whose every source is out of reach.
check-unrevealed-fact = fact "{ $fact }" can never be revealed: every source is out of reach
# Help.
check-unrevealed-fact-help = make one of its sources reachable (a person who can be met, a tactic that can be used)
# Under the fact's id.
check-unrevealed-fact-label = never revealed
# A tactic nobody can use; $why is one of check-impossible-tactic-* below.
check-impossible-tactic = tactic "{ $tactic }" can never be used: { $why }
# Under the reason.
check-impossible-tactic-label = never possible
# Help.
check-impossible-tactic-help = loosen the precondition or make what it needs reachable
# Why: it takes longer than the deal.
check-impossible-tactic-days = it takes { $takes } days but the deal lasts { $days }
# Why: it costs more than the budget.
check-impossible-tactic-budget = it costs { $cost } but the budget is { $budget }
# Why: odds 0.
check-impossible-tactic-odds = its odds of success are 0
# Why: `Stage`, `Before` and `From` leave no stage.
check-impossible-tactic-stages = its stage conditions contradict each other
# Why: one precondition (under the caret).
check-impossible-tactic-precondition = this precondition can never hold
# Why: the preconditions together.
check-impossible-tactic-preconditions = its preconditions can never hold

## How to fix each kind of problem, in one line (`Code::fix`; the table of codes in
## docs/scenario-format.md is the English).

check-fix-unreadable = Give the path of a readable `.ron` file (or a folder of them).
check-fix-not-utf8 = Save the file as UTF-8 text in your editor.
check-fix-syntax = Check the brackets, commas and quotes near the place shown.
check-fix-unknown-field = Fix the field's spelling; the message lists the fields allowed here.
check-fix-unknown-variant = Use one of the names the message lists (roles, measures, ...).
check-fix-missing-field = Add the required field named in the message.
check-fix-duplicate-field = Keep one of the two copies of the field.
check-fix-duplicate-key = Keep one of the two entries of the key in the map.
check-fix-wrong-type = Write the kind of value the field takes (number, text, list, ...).
check-fix-empty-id = Give it a short readable id like `"finance_head"`.
check-fix-bad-id = Write the id as one word of letters, digits, `_`, `-` or `.`.
check-fix-duplicate-id = Rename one of the two things that share the id.
check-fix-dangling-id = Use an id that exists (the help names the closest), or add what it names.
check-fix-out-of-range = Use a value inside the range the message gives.
check-fix-bad-range = Write a weight range low end first: `(2, 6)`.
check-fix-zero-scoring = Give the score parts points, or remove `scoring` for the defaults.
check-fix-empty-list = Add at least one entry to the list.
check-fix-stage-order = List the stages in calendar order, each after the one before.
check-fix-follow-up-before-decision = Start a follow-up stage on or after `decision.day`.
check-fix-stage-after-follow-up = List the follow-up stages last.
check-fix-stage-after-decision = Start the stage before `decision.day`, or mark it `follow_up`.
check-fix-too-many-stages = Merge stages: at most 64 are supported.
check-fix-no-deal-stage = Add a stage that starts before the decision.
check-fix-calendar-gap = Start the first stage on `start.day`.
check-fix-no-time = Set `decision.day` after `start.day`.
check-fix-no-seller = Mark the trainee's company with `us: true`.
check-fix-two-sellers = Mark only the trainee's company with `us: true`.
check-fix-no-rival = Add a competitor or the status-quo vendor.
check-fix-courts-by-us = Move `courts` to a rival vendor.
check-fix-computed-concern = Change the price instead of the score of a computed concern.
check-fix-missing-score = Give the vendor a score for every rated concern.
check-fix-no-concerns = Give the voter at least one weighted concern.
check-fix-rival-is-us = Set the relationship with the trainee's company in `disposition`.
check-fix-self-introduction = Name someone else who can introduce the person.
check-fix-self-influence = Point influence at other people only.
check-fix-influence-over-one = Keep the influence into one person at or below 1 in total.
check-fix-two-answers = Give each person one fact per question.
check-fix-concern-not-held = Add the concern to the person, or reveal one they hold.
check-fix-unused-question = Add an `Ask("person", "question")` source to a fact, or remove it.
check-fix-risk-without-consequence = Add `if_caught` effects, or set `compliance_risk` to 0.
check-fix-retry-and-repeatable = Keep one of `repeatable` and `retry`.
check-fix-no-effect = Give the tactic effects, or make it a source of a fact.
check-fix-no-budget-concern = Add a concern with `measure: Budget(limit)`, or drop the effect.
check-fix-move-by-us = Name a rival vendor; the trainee's own moves are tactics.
check-fix-move-after-decision = Move the competitor move before `decision.day`.
check-fix-budget-by-rival = Move `Budget(..)` to one of the trainee's tactics.
check-fix-zero-weights = Give at least one alternative a weight above 0.
check-fix-no-voters = Give some voting person an influence above 0.
check-fix-no-decision-maker = Add `roles: [DecisionMaker]` to the person who signs.
check-fix-require-avoided = Remove the action from `avoid` or from `require`.
check-fix-duplicate-step = List each step once.
check-fix-gate-without-people = Add the gate stage to the `stages` of the people who pass it.
check-fix-gate-after-decision = Put the gate on a stage before the decision.
check-fix-empty-department = Put a stakeholder in the department, or remove it.
check-fix-unreachable-stakeholder = Make their `access` rules reachable, or reveal them by a fact.
check-fix-unrevealed-fact = Give the fact a source the trainee can reach.
check-fix-impossible-tactic = Loosen the precondition, or make what it needs reachable.
check-fix-says-nobody = Give the words someone to say them, or remove `says`.
check-fix-says-blank = Write what the person says, or remove the field.

## Text as a trainee sees it.
# $field: where the text is (`stakeholders[2].name`, or a translation's id and language).
check-no-glyph = no font the game ships can draw `{ $characters }` in `{ $field }`
check-no-glyph-label = shows as empty boxes where no system font has these characters
check-hidden-character = `{ $field }` holds an invisible character (`{ $character }`) that changes how the text reads
check-hidden-character-label = invisible character here
check-look-alike-id = the id `{ $id }` mixes letters that look Latin but are not (`{ $characters }`)
check-look-alike-twin = the id `{ $id }` has letters that look Latin but are not (`{ $characters }`) and reads like `{ $alike }`
check-look-alike-id-label = look-alike letters
check-fix-no-glyph = Use a script the game's fonts draw, or have trainees install a font for it.
check-fix-confusable-text = Retype it in plain characters: no invisible ones, one script per id.
## Time.
check-free-repeatable = `{ $tactic }` can be used again and again without the calendar moving
check-free-repeatable-label = repeatable, and takes no time
check-free-repeatable-help = Give it `days: 1` (or more), or make it not `repeatable`.
check-fix-free-repeatable = Give a repeatable tactic at least `days: 1`, or make it not `repeatable`.
check-unexplained-gate = stage `{ $stage }` drops a bid nobody of its people was worked with during it, and nothing a trainee reads says so
check-unexplained-gate-label = a rule that decides the deal, told nowhere
check-unexplained-gate-help = Say it in the stage's `about` (the game shows it on the calendar), e.g. about: "Admin collects offers and shortlists suppliers."
check-fix-unexplained-gate = Say in a gate stage's `about` what it decides, so a trainee can read the rule.

## Strings tables (translations beside the scenario).
check-strings-unreadable = cannot read the strings table { $file }: { $why }
check-strings-csv = the strings table is not CSV: { $why }
check-strings-csv-label = here
check-strings-header = the first line must be `id,source,translation,status,hash`, not `{ $got }`
check-strings-header-label = header
check-strings-cells = this row has { $cells } cells, not 5 (id, source, translation, status, hash)
check-strings-cells-label = row
check-strings-status = the status is `{ $status }`; it is empty, or `stale` for a translation still to fix
check-strings-status-label = status
check-strings-unknown-id = the scenario has no text `{ $id }` (renamed or removed since the table was made); the row is not used
check-strings-unknown-id-label = unknown id
check-strings-duplicate-id = `{ $id }` is given twice; the first row counts
check-strings-duplicate-id-label = given again
check-strings-stale = the source of `{ $id }` changed since it was translated (or the row is marked stale): the game shows the source text instead
check-strings-stale-label = stale translation
check-fix-strings-table = Export a fresh table (`key-account strings export`) and copy the rows in.
check-fix-stale-translation = Translate the row again, clear `stale`, then `key-account strings import`.
check-fix-unknown-text-id = Export a fresh table (`key-account strings export`): it keeps the rest.

## Access alternatives and trusted sources.
check-no-any-of = `AnyOf` lists no access rule
check-no-any-of-label = empty
check-no-any-of-help = List the rules any one of which lets the trainee meet this person, e.g. `AnyOf([Introduction("son"), AfterFact("plan")])`, or remove it.
check-what-trust = the relationship a trusted source needs
check-trusted-tactic = `Trusted` applies to what a person tells (`Meeting` or `Ask`), not to a tactic
check-trusted-twice = a `Trusted` source is inside another `Trusted`
check-trusted-tactic-label = here
check-trusted-tactic-help = Write `Trusted(30, Ask("person", "question"))` or `Trusted(30, Meeting("person"))`.

## Two slips RON reports far from their cause.
check-unescaped-quote = this double quote ends the text early
check-unescaped-quote-label = the text ends here
check-unescaped-quote-help = A double quote inside a text is written `\"`; or use the language's own quotes (“ ” or 「 」).
check-effect-relationship-form = a relationship effect names whom it changes with `Person(..)`, `Department(..)` or `Everyone`
check-effect-relationship-form-label = write `Person("...")` here
check-effect-relationship-form-help = In `effects`, write `Relationship(Person("fang"), 20)`; `Relationship("fang", 20)` is how `requires` reads a relationship.
