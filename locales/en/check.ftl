### Diagnostics of a scenario file: the message, the label under the caret, and how to fix it.
