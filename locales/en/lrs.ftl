### Sending to and reading from a Learning Record Store: errors and what happened.
