/** Download writers: every file under `/data/`, as bytes, from the validated task table. */
export type { DownloadExtras, DownloadField, DownloadFile, ReleaseFile } from './types.ts';
export { buildDownloads } from './build.ts';
export { describeDownloadFiles, releasePath, toDataPath, DATA_DIR, type DownloadDoc } from './catalog.ts';
export { hashSha256, toBytes, writeSha256Sums, SUMS_PATH } from './checksums.ts';
export { describeDataPackage, writeDataPackage, DATA_PACKAGE_PROFILE, type JsonValue } from './datapackage.ts';
export { describeLongFields, describeWideFields } from './fields.ts';
export { describeTasksJson, writeTasksJson, type TasksJson, type TasksJsonRow } from './json.ts';
export {
  describePlanJson,
  writePlanJson,
  type PlanJson,
  type PlanJsonAttachmentEntry,
  type PlanJsonAttachmentList,
  type PlanJsonAttachmentTable,
  type PlanJsonColumn,
  type PlanJsonHeadlineFigure,
  type PlanJsonItem,
  type PlanJsonParagraph,
  type PlanJsonPart,
  type PlanJsonRow,
  type PlanJsonUnit,
  type PlanJsonUnitMention,
} from './planJson.ts';
export { LONG_HEADER, writeCountyCsv, writeTasksCsv, writeTasksLongCsv } from './tables.ts';
