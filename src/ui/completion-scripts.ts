/**
 * The shell completion scripts. Each asks the program itself what fits
 * (`interview-retro __complete -- <words>`), so commands, flags, template
 * ids, the config's roles and stages, retro ids and draft ids come from one
 * place; when nothing fits, the shell completes file names.
 */
export const COMPLETION_SHELLS = ["bash", "zsh", "fish"] as const;
export type CompletionShell = (typeof COMPLETION_SHELLS)[number];

const SCRIPTS: Record<CompletionShell, string> = {
  bash: `# interview-retro completion for bash. Install it with:
#   interview-retro completion bash > ~/.local/share/bash-completion/completions/interview-retro
# or add to ~/.bashrc:  source <(interview-retro completion bash)
_interview_retro() {
  local IFS=$'\\n'
  COMPREPLY=($(interview-retro __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _interview_retro interview-retro
`,
  zsh: `#compdef interview-retro
# interview-retro completion for zsh. Install it with:
#   interview-retro completion zsh > "\${fpath[1]}/_interview-retro"   (then start a new shell)
# or add to ~/.zshrc, after compinit:  source <(interview-retro completion zsh)
_interview_retro() {
  local -a candidates
  candidates=("\${(@f)$(interview-retro __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ -n "\${candidates[1]}" ]]; then
    compadd -- "\${candidates[@]}"
  else
    _files
  fi
}
if [[ "\${funcstack[1]}" = "_interview-retro" ]]; then
  _interview_retro "$@"
else
  compdef _interview_retro interview-retro
fi
`,
  fish: `# interview-retro completion for fish. Install it with:
#   interview-retro completion fish > ~/.config/fish/completions/interview-retro.fish
function __interview_retro_complete
    set -l words (commandline -opc)[2..-1] (commandline -ct)
    set -l candidates (interview-retro __complete -- $words 2>/dev/null)
    if test (count $candidates) -gt 0
        printf '%s\\n' $candidates
    else
        __fish_complete_path (commandline -ct)
    end
end
complete -c interview-retro -f -a '(__interview_retro_complete)'
`,
};

export const completionScript = (shell: CompletionShell) => SCRIPTS[shell];
