//! The `key-account` command line: check scenarios, play a deal in the terminal, and the rest
//! (one file per command in `cli/`). With no command, the game window.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
