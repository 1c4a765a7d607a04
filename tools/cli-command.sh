# Sourced, not run: cli_command DIR sets the array `cli` to the command that starts the CLI published in DIR — the
# native executable Native AOT makes (what ./gongkai publishes when it can), or gongkai.dll on dotnet (ReadyToRun, and
# every build before Native AOT; its folder also holds a small apphost named gongkai, so the assembly is looked for
# first). Returns 1, leaving `cli` empty, when DIR holds neither.
cli_command() {
  cli=()
  if [[ -f "$1/gongkai.dll" ]]; then
    cli=(dotnet "$1/gongkai.dll")
  elif [[ -x "$1/gongkai" ]]; then
    cli=("$1/gongkai")
  else
    return 1
  fi
}
