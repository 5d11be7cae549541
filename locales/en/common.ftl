### Words every part of the game and the CLI uses.

# The language's own name, in the pause menu's list of languages.
lang-name = English

# A number of days.
days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
