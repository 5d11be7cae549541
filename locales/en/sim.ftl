### The deal's words: action labels, why an action is not allowed, the event log, meetings as
### talk, the five-steps checklist and the debrief. Names in braces come from the scenario.
