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
