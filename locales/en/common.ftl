### Words every part of the game and the CLI uses.

# The language's own name, in the pause menu's list of languages.
lang-name = English

# A number of days.
days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}

## Buying roles (the power map's role marks).
role-decision-maker = decision maker
role-technical-buyer = technical buyer
role-user-buyer = user buyer
role-approver = approver
role-coach = coach
role-gatekeeper = gatekeeper
role-influencer = influencer
role-economic-buyer = economic buyer

## Stances, alone and in a sentence ("Zhou is a supporter").
stance-supporter = supporter
stance-neutral = neutral
stance-opponent = opponent
stance-phrase-supporter = a supporter
stance-phrase-neutral = neutral
stance-phrase-opponent = an opponent

## The parts of the score: the outcome, the five steps, ethics.
part-outcome = Outcome
part-purchasing-process = 1. Purchasing process
part-organization = 2. Organization structure
part-stances = 3. Functions and stances
part-information = 4. Active information
part-key-players = 5. Key players
part-ethics = Ethics

## Small words put between names.
stance-unknown = unknown
someone = someone
# A name in quotes, in a sentence: "Evaluation".
quoted = "{ $text }"
# Between the last two of a list: "A or B".
or-separator = {" "}or{" "}
# Between the items of a short list: "decision maker and user buyer".
and-separator = {" "}and{" "}
# Between the items of a list of names: "Tang, Liu".
list-separator = ,{" "}

## xAPI verbs as an LRS shows them, beside English, for runs played in another language.
xapi-attempted = attempted
xapi-interacted = interacted
xapi-completed = completed
xapi-passed = passed
xapi-failed = failed

## The cohort report (`report`): text and HTML.
report-title = Key Account: cohort report
report-counts = { $records } record(s), { $skipped } skipped
report-skipped = skipped { $file }: { $why }
report-scenario = Scenario
report-trainee-scenario = Trainee / scenario
report-language = Language
report-runs = runs
report-won = won
report-score = score
report-average-score = average score
report-steps-heading = The five steps, least mastered first (share of their points earned):
report-steps-chart = The five steps, least mastered first
report-wins-chart = Win rate by scenario
report-by-scenario = By scenario
report-by-trainee = By trainee
report-by-language = By language
