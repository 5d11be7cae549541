### The command line: what each command prints for a trainee or a trainer.
