import { matchWhere } from './grammar-verdict';
import { beforeBoundary } from './line-window';
import { withoutStatusLines } from './stage-words';

// A shell's report of the line of a script that failed, bash's "<script>: line <n>: <command>: <message>"
// ("/tmp/OnCreate_…: line 3: cd: SageMaker: No such file or directory", a notebook's lifecycle script in
// aws-samples/amazon-sagemaker-optuna-hpo-blog#4) and dash's "sh: <n>: <command>: not found": the script's
// own failure, as a traceback's last line is the code's. Only with no other failure said after it: a shell's line
// above the failure is a log's routine noise ("sh: 1: lsb_release: not found", "ulimit: open files: cannot modify
// limit", setlocale's warning), whatever ended the job below it (an NCCL refusal, a signal, a rank's exit). The
// SDK's status lines after it ("Failed - Training job failed") only say that the job failed.
// An exception's name counts ("ValueError"), and any word that reports a fault.
const FAILURE_AFTER =
  /error|exception|\b(?:fail\w*|exit\w*|terminat\w*|stopped|kill\w*|signal|warn\w*|refused|reset|timed? ?out|abort\w*|denied|fault|insufficient|cannot|unable|invalid|died|crash\w*|panic|fatal|traceback|not found)\b/i;
// The script is a path or file name ("./train.sh") or the shell itself ("bash: line 1:"): an exception's
// name before "line" ("JSONDecodeError: line 3: …") is a parser's position, not a shell's. A line that starts
// with "line <n>:" is bash's form with the script's name cut off by whoever quoted it ("line 12:
// /home/ec2-user/SageMaker/custom-miniconda/miniconda/bin/activate: No such file or directory", round 50).
// dash names the script too ("/opt/ml/lifecycleconfig/lifecycle_script.sh: 3: <command>: not found", a Studio app's
// lifecycle script run by /bin/sh, round 97), and a command that is empty (a stray character the shell read as one)
// leaves its place empty (": : not found").
// A relay may quote the shell's line after its own "Reason: " (the SDK's remote function: "Encountered error while running
// pre-execution commands. Reason: /opt/ml/input/data/sagemaker_remote_function_workspace/pre_exec.sh: line 3: ./scripts/setup_env.sh:
// Permission denied", the hundred-and-second review).
const SHELL_SCRIPT_LINE =
  /^[ \t]*(?:[^\n]{0,300}?\bReason: )?(?:(?:([^\s:]{1,300}): )?line \d{1,7}|(?:\/(?:usr\/)?bin\/)?(?:ba|da)?sh: \d{1,7}|([^\s:]{1,300}): \d{1,7}): (?:[^\s:][^\n:]{0,200}: \S[^\n]{0,300}|: not found\b)/m;
const SHELL_SCRIPT_NAME = /[./]|^bash$/;
// Without the script's name the line could be any tool's position ("line 12: warning: here-document …", a config
// file's "line 4: Bad configuration option"), so it counts only with one of the shell's own reports of a command
// that could not run or of the script's own defect (`set -u`'s "unbound variable", "bad substitution").
const BARE_LINE = /^[ \t]*line \d/;
const SHELL_COMMAND_FAILED = /: (?:No such file or directory|command not found|Permission denied|not found|unbound variable|bad substitution|ambiguous redirect)[ \t]*$/i;
// A command of the same script that failed next for the same want ("tar (child): sourcedir.tar.gz: Cannot open: No such file
// or directory" after the script's "cd: /opt/ml/processing/input/code/: No such file or directory", round 179) is not
// another failure that ended the job: the script's own line still says what went wrong first.
const SAME_SCRIPT_AFTER = /^[^\n]{0,300}: (?:No such file or directory|command not found)[ \t]*$/gm;
// bash's own warning about the script's text ("run.sh: line 12: warning: here-document at line 5 delimited by
// end-of-file") is not a command that failed, with the script's name or without it.
const SHELL_WARNING = /line \d{1,7}: warning: /i;

/**
 * Whether a matched line is the shell's own report: a script's name that is a path or the shell, or, with the
 * name cut off, a command the shell could not run or the script's own defect; never bash's warning.
 */
function isShellReport(m: RegExpExecArray): boolean {
  if (SHELL_WARNING.test(m[0])) return false;
  const script = m[1] ?? m[2];
  if (script !== undefined) return SHELL_SCRIPT_NAME.test(script);
  return !BARE_LINE.test(m[0]) || SHELL_COMMAND_FAILED.test(m[0]);
}

/**
 * The shell's line reporting a script's failure, when no other failure is said after it (up to the log the
 * unwrapper set after the reason: the lines that were pasted above it); undefined when there is none.
 */
export function shellScriptLine(text: string, lower: string): string | undefined {
  const lastFailure = (m: RegExpExecArray) =>
    !FAILURE_AFTER.test(withoutStatusLines(beforeBoundary(text.slice(m.index + m[0].length, m.index + m[0].length + 4000))).replace(SAME_SCRIPT_AFTER, ''));
  return matchWhere(lower, ['line ', 'sh: ', ': not found'], SHELL_SCRIPT_LINE, text, (m) => isShellReport(m) && lastFailure(m))?.[0].trim();
}
