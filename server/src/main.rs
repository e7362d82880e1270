fn main() -> std::process::ExitCode {
    atlas_server::cli::main()
}
