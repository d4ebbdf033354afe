/**
 * Codes and Chinese messages of the commands themselves (src/cli): wrong usage, the output folder
 * a build may write, and what a build says besides the inputs' own issues. The inputs' messages
 * live with their domains (src/lib/<domain>/messages.ts); these are pinned the same way.
 */

export const CODES = {
  usage: 'E_USAGE',
  unexpectedArgument: 'E_USAGE_UNEXPECTED_ARGUMENT',
  unknownFlag: 'E_USAGE_UNKNOWN_FLAG',
  unexpectedValue: 'E_USAGE_UNEXPECTED_VALUE',
  missingArgument: 'E_USAGE_MISSING_ARGUMENT',
  repeatedFlag: 'E_USAGE_REPEATED_FLAG',
  fileNotFound: 'E_USAGE_FILE_NOT_FOUND',
  fileUnreadable: 'E_USAGE_FILE_UNREADABLE',
  missingDate: 'E_USAGE_MISSING_DATE',
  badDate: 'E_USAGE_BAD_DATE',
  missingNote: 'E_USAGE_MISSING_NOTE',
  badNote: 'E_USAGE_BAD_NOTE',
  badPort: 'E_USAGE_BAD_PORT',
  badNumber: 'E_USAGE_BAD_NUMBER',
  badRoute: 'E_USAGE_BAD_ROUTE',
  outProject: 'E_USAGE_OUT_PROJECT',
  outSource: 'E_USAGE_OUT_SOURCE',
  outSymlink: 'E_USAGE_OUT_SYMLINK',
  outNotDir: 'E_USAGE_OUT_NOT_DIR',
  outNotBuild: 'E_USAGE_OUT_NOT_BUILD',
  outRecovered: 'W_OUT_RECOVERED',
  buildOutput: 'E_BUILD_OUTPUT',
  adjustmentsRecorded: 'W_ADJUSTMENTS_RECORDED',
  hostNotLoopback: 'W_HOST_NOT_LOOPBACK',
} as const;

/** `--a`, `--a 和 --b`, `--a、--b 和 --c`. */
function listOptions(names: readonly string[]): string {
  const flags = names.map((name) => `--${name}`);
  return flags.length < 2 ? (flags[0] ?? '（无）') : `${flags.slice(0, -1).join('、')} 和 ${flags.at(-1)}`;
}

export const MESSAGES = {
  /** E_USAGE: a mistake parseArgs found that the checks before it do not name (its first line). */
  usage: (parseArgsMessage: string, usage: string) => `${parseArgsMessage}。${usage}`,
  /** E_USAGE_UNEXPECTED_ARGUMENT: a value with no option before it; `example` is an option that takes a value. */
  unexpectedArgument: (value: string, example: string | undefined, usage: string) =>
    `多余的参数「${value}」：${example ? `值要跟在参数名之后，如 --${example} ${value}` : '本命令不接受这样的参数'}。${usage}`,
  unknownFlag: (flag: string, known: readonly string[], usage: string) => `未知参数「${flag}」：只支持 ${listOptions(known)}。${usage}`,
  unexpectedValue: (flag: string, value: string, usage: string) => `参数「${flag}」不带值，实际为「${flag}=${value}」。${usage}`,
  /** E_USAGE_MISSING_ARGUMENT; `dashed` is the value that looked like an option (`--note -5套`). */
  missingArgument: (flag: string, what: string, dashed: string | null, usage: string) =>
    `参数「${flag}」后缺少${what}${dashed === null ? '' : `：以 - 开头的值请写成 ${flag}=${dashed}`}。${usage}`,
  repeatedFlag: (flag: string, usage: string) => `参数「${flag}」给了两次：每个参数只能给一次。${usage}`,
  fileNotFound: (shown: string) => `找不到文件「${shown}」：请检查路径和文件名。`,
  fileUnreadable: (shown: string, reason: string) => `无法读取文件「${shown}」（${reason}）：请确认它是一个普通文件。`,
  missingDate: (usage: string) => `缺少发布日期 --date。${usage}`,
  badDate: (date: string) => `日期「${date}」无效：请写成 2024-06-30 这样的格式。`,
  missingNote: (usage: string) => `缺少更新说明 --note：请写明本次调整的内容和依据。${usage}`,
  badNote: () => '更新说明请写在一行内。',
  /** E_USAGE_BAD_PORT: `fromEnv` when the port came from the PORT variable. */
  badPort: (port: string, fromEnv: boolean, usage: string) => `${fromEnv ? `环境变量 PORT 的值「${port}」` : `端口「${port}」`}无效：请写 0 到 65535 之间的整数。${usage}`,
  badNumber: (flag: string, expected: string, text: string, usage: string) => `参数「${flag}」应为${expected}，实际为「${text}」。${usage}`,
  badRoute: (route: string, usage: string) => `页面「${route}」应以 / 开头，如 /${route.replace(/^\.\//, '')}。${usage}`,
  outProject: (shown: string) =>
    `输出目录「${shown}」是项目文件夹本身或它的上级文件夹，构建会用网站替换整个项目：请写项目中的一个新文件夹，如 --out dist。`,
  outSource: (shown: string, top: string) =>
    `输出目录「${shown}」在项目的 ${top}/ 中，那里是网站的源文件、数据或工具，构建会用网站替换它：请写一个新的文件夹，如 --out dist。`,
  outAroundInput: (shown: string) =>
    `输出目录「${shown}」是构建读取的输入文件夹或它的上级文件夹，构建会用网站替换它：请写一个新的文件夹，如 --out dist。`,
  outInsideInput: (shown: string, input: string) =>
    `输出目录「${shown}」在构建读取的输入文件夹 ${input}/ 中：请写这个文件夹以外的一个新文件夹，如 --out dist。`,
  outSymlink: (shown: string) => `「${shown}」是符号链接，构建会替换链接本身：请直接写它指向的文件夹。`,
  outNotDir: (shown: string) => `「${shown}」已存在，但不是文件夹：请换一个名字，如 --out dist。`,
  outNotBuild: (shown: string, marker: string) =>
    `文件夹「${shown}」已存在且有内容，但不是本命令构建的网站（没有 ${marker} 标记），构建会删除其中的一切：请写一个新的或空的文件夹；确认其中的文件都不要了，可先自行删除它。`,
  outRecovered: (shown: string, old: string, name: string) => `上次构建在替换「${shown}」时中断，已把「${old}」恢复为「${name}」。`,
  /** The build's last line when an input has an error. */
  buildStopped: (inputs: string, shown: string) => `构建已停止：${inputs} 中有错误，网站未更新（${shown} 保持原样）。`,
  buildFailed: (shown: string) => `构建失败，网站未更新（${shown} 保持原样）。`,
  buildDone: (shown: string) => `构建完成：${shown}/`,
  /** E_BUILD_OUTPUT: a check of the finished output failed (one of the two below, or a page check of src/lib/site/postcheck.ts). */
  buildOutput: (problem: string) => problem,
  absolutePath: (file: string) => `文件 ${file} 含有构建机器上的项目路径，发布出去会暴露本机的目录：不能发布。`,
  serverModule: (file: string) => `文件 ${file} 是 Astro 的服务器端模块（.mjs），不属于网站：不能发布。`,
  outputCheck: () => '构建产物检查未通过',
  /** W_ADJUSTMENTS_RECORDED: in place of the adjustment warnings of a table that a release has recorded (they stay listed by `npm run validate`). */
  adjustmentsRecorded: (count: number, version: string, date: string) =>
    `校验时列出的 ${count} 条对原计划的调整均已记录在发布的版本中（最新 ${version}，${date}），网站会标明原计划与现在的数字，无需处理；要逐条查看，运行 npm run validate。`,
  /** W_HOST_NOT_LOOPBACK, in Chinese and English. */
  hostNotLoopback: (host: string) =>
    `「${host}」不是本机回环地址，网络上的其他电脑也能访问这个预览服务器；它只用于本机预览，不是正式的网站服务器。` +
    `Warning: ${host} is not a loopback address, so other computers can reach this preview server; it is for local preview, not for production.`,
};
