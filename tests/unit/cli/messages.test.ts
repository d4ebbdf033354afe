import path from 'node:path';
import { expect } from 'vitest';
import { CODES, MESSAGES } from '../../../src/cli/messages.ts';
import { describeMessages, type Pins } from '../../helpers/messages.ts';

const USAGE = '用法：npm run validate -- [--tasks data/tasks.csv]';

const PINS: Pins<typeof MESSAGES> = {
  usage: () => expect(MESSAGES.usage("Option '--x' argument missing", USAGE)).toMatchInlineSnapshot(`"Option '--x' argument missing。用法：npm run validate -- [--tasks data/tasks.csv]"`),
  unexpectedArgument: () => {
    expect(MESSAGES.unexpectedArgument('data/x.csv', 'tasks', USAGE)).toMatchInlineSnapshot(`"多余的参数「data/x.csv」：值要跟在参数名之后，如 --tasks data/x.csv。用法：npm run validate -- [--tasks data/tasks.csv]"`);
    expect(MESSAGES.unexpectedArgument('x', undefined, USAGE)).toMatchInlineSnapshot(`"多余的参数「x」：本命令不接受这样的参数。用法：npm run validate -- [--tasks data/tasks.csv]"`);
  },
  unknownFlag: () => {
    expect(MESSAGES.unknownFlag('--task', ['tasks', 'plan', 'meta'], USAGE)).toMatchInlineSnapshot(`"未知参数「--task」：只支持 --tasks、--plan 和 --meta。用法：npm run validate -- [--tasks data/tasks.csv]"`);
    expect(MESSAGES.unknownFlag('--x', ['yes'], USAGE)).toMatchInlineSnapshot(`"未知参数「--x」：只支持 --yes。用法：npm run validate -- [--tasks data/tasks.csv]"`);
  },
  unexpectedValue: () => expect(MESSAGES.unexpectedValue('--yes', 'no', USAGE)).toMatchInlineSnapshot(`"参数「--yes」不带值，实际为「--yes=no」。用法：npm run validate -- [--tasks data/tasks.csv]"`),
  missingArgument: () => {
    expect(MESSAGES.missingArgument('--note', '更新说明', null, USAGE)).toMatchInlineSnapshot(`"参数「--note」后缺少更新说明。用法：npm run validate -- [--tasks data/tasks.csv]"`);
    expect(MESSAGES.missingArgument('--note', '更新说明', '-5套', USAGE)).toMatchInlineSnapshot(`"参数「--note」后缺少更新说明：以 - 开头的值请写成 --note=-5套。用法：npm run validate -- [--tasks data/tasks.csv]"`);
  },
  repeatedFlag: () => expect(MESSAGES.repeatedFlag('--date', USAGE)).toMatchInlineSnapshot(`"参数「--date」给了两次：每个参数只能给一次。用法：npm run validate -- [--tasks data/tasks.csv]"`),
  fileNotFound: () => expect(MESSAGES.fileNotFound('data/task.csv')).toMatchInlineSnapshot(`"找不到文件「data/task.csv」：请检查路径和文件名。"`),
  fileUnreadable: () => expect(MESSAGES.fileUnreadable('data', 'EISDIR')).toMatchInlineSnapshot(`"无法读取文件「data」（EISDIR）：请确认它是一个普通文件。"`),
  missingDate: () => expect(MESSAGES.missingDate(USAGE)).toMatchInlineSnapshot(`"缺少发布日期 --date。用法：npm run validate -- [--tasks data/tasks.csv]"`),
  badDate: () => expect(MESSAGES.badDate('2024-02-30')).toMatchInlineSnapshot(`"日期「2024-02-30」无效：请写成 2024-06-30 这样的格式。"`),
  missingNote: () => expect(MESSAGES.missingNote(USAGE)).toMatchInlineSnapshot(`"缺少更新说明 --note：请写明本次调整的内容和依据。用法：npm run validate -- [--tasks data/tasks.csv]"`),
  badNote: () => expect(MESSAGES.badNote()).toMatchInlineSnapshot(`"更新说明请写在一行内。"`),
  badPort: () => {
    expect(MESSAGES.badPort('http', false, USAGE)).toMatchInlineSnapshot(`"端口「http」无效：请写 0 到 65535 之间的整数。用法：npm run validate -- [--tasks data/tasks.csv]"`);
    expect(MESSAGES.badPort('70000', true, USAGE)).toMatchInlineSnapshot(`"环境变量 PORT 的值「70000」无效：请写 0 到 65535 之间的整数。用法：npm run validate -- [--tasks data/tasks.csv]"`);
  },
  badNumber: () => expect(MESSAGES.badNumber('--runs', '正整数', '三', USAGE)).toMatchInlineSnapshot(`"参数「--runs」应为正整数，实际为「三」。用法：npm run validate -- [--tasks data/tasks.csv]"`),
  badRoute: () => expect(MESSAGES.badRoute('./plan/', USAGE)).toMatchInlineSnapshot(`"页面「./plan/」应以 / 开头，如 /plan/。用法：npm run validate -- [--tasks data/tasks.csv]"`),
  outProject: () => expect(MESSAGES.outProject('.')).toMatchInlineSnapshot(`"输出目录「.」是项目文件夹本身或它的上级文件夹，构建会用网站替换整个项目：请写项目中的一个新文件夹，如 --out dist。"`),
  outSource: () => expect(MESSAGES.outSource('src/out', 'src')).toMatchInlineSnapshot(`"输出目录「src/out」在项目的 src/ 中，那里是网站的源文件、数据或工具，构建会用网站替换它：请写一个新的文件夹，如 --out dist。"`),
  outAroundInput: () => expect(MESSAGES.outAroundInput('tests')).toMatchInlineSnapshot(`"输出目录「tests」是构建读取的输入文件夹或它的上级文件夹，构建会用网站替换它：请写一个新的文件夹，如 --out dist。"`),
  outInsideInput: () => expect(MESSAGES.outInsideInput('data/out', 'data')).toMatchInlineSnapshot(`"输出目录「data/out」在构建读取的输入文件夹 data/ 中：请写这个文件夹以外的一个新文件夹，如 --out dist。"`),
  outSymlink: () => expect(MESSAGES.outSymlink('dist')).toMatchInlineSnapshot(`"「dist」是符号链接，构建会替换链接本身：请直接写它指向的文件夹。"`),
  outNotDir: () => expect(MESSAGES.outNotDir('dist')).toMatchInlineSnapshot(`"「dist」已存在，但不是文件夹：请换一个名字，如 --out dist。"`),
  outNotBuild: () => expect(MESSAGES.outNotBuild('docs', '.site-build')).toMatchInlineSnapshot(`"文件夹「docs」已存在且有内容，但不是本命令构建的网站（没有 .site-build 标记），构建会删除其中的一切：请写一个新的或空的文件夹；确认其中的文件都不要了，可先自行删除它。"`),
  outRecovered: () => expect(MESSAGES.outRecovered('dist', '.dist-old', 'dist')).toMatchInlineSnapshot(`"上次构建在替换「dist」时中断，已把「.dist-old」恢复为「dist」。"`),
  buildStopped: () => expect(MESSAGES.buildStopped('seeds/plan.txt、data/tasks.csv', 'dist')).toMatchInlineSnapshot(`"构建已停止：seeds/plan.txt、data/tasks.csv 中有错误，网站未更新（dist 保持原样）。"`),
  buildFailed: () => expect(MESSAGES.buildFailed('dist')).toMatchInlineSnapshot(`"构建失败，网站未更新（dist 保持原样）。"`),
  buildDone: () => expect(MESSAGES.buildDone('dist')).toMatchInlineSnapshot(`"构建完成：dist/"`),
  buildOutput: () => expect(MESSAGES.buildOutput('页面 /plan/ 缺少标题')).toMatchInlineSnapshot(`"页面 /plan/ 缺少标题"`),
  absolutePath: () => expect(MESSAGES.absolutePath('dist/index.html')).toMatchInlineSnapshot(`"文件 dist/index.html 含有构建机器上的项目路径，发布出去会暴露本机的目录：不能发布。"`),
  serverModule: () => expect(MESSAGES.serverModule('dist/chunks/x.mjs')).toMatchInlineSnapshot(`"文件 dist/chunks/x.mjs 是 Astro 的服务器端模块（.mjs），不属于网站：不能发布。"`),
  outputCheck: () => expect(MESSAGES.outputCheck()).toMatchInlineSnapshot(`"构建产物检查未通过"`),
  adjustmentsRecorded: () => expect(MESSAGES.adjustmentsRecorded(3, 'v2', '2024-06-30')).toMatchInlineSnapshot(`"校验时列出的 3 条对原计划的调整均已记录在发布的版本中（最新 v2，2024-06-30），网站会标明原计划与现在的数字，无需处理；要逐条查看，运行 npm run validate。"`),
  hostNotLoopback: () => expect(MESSAGES.hostNotLoopback('0.0.0.0')).toMatchInlineSnapshot(`"「0.0.0.0」不是本机回环地址，网络上的其他电脑也能访问这个预览服务器；它只用于本机预览，不是正式的网站服务器。Warning: 0.0.0.0 is not a loopback address, so other computers can reach this preview server; it is for local preview, not for production."`),
};

describeMessages('command', { CODES, MESSAGES, PINS, dir: path.join('src', 'cli') });
