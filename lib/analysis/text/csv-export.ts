/**
 * A log saved from the CloudWatch console as CSV ("timestamp,message" per event, as Logs Insights' and the log
 * viewer's "Download as CSV" write it, aws/sagemaker-python-sdk#605): each event's message, unquoted, on its
 * own line(s), so the rules read what the job printed and not the export's quoting ("" for ", a quote around
 * any message holding a comma, a quote, or a line break).
 */

// An event's timestamp as the console writes it in the export's first column, its milliseconds after a full stop
// (Python logging's own stamp puts a comma there: "2020-08-11 16:26:04,910" is not a field), or as the log viewer's
// "log-events-viewer-result.csv" writes it, milliseconds since the epoch ("1649359268049,"…",AllTraffic/i-06c6…", the
// event's log stream in a third column; rounds 107 and 108).
const STAMP = /^(?:\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d\.\d{1,9}Z?|\d{13})$/;
// The export's header row, when it was kept.
const HEADER = /^@?timestamp,@?message(?:,@?logStreamName)?$/i;
const GATE = /^(?:@?timestamp,@?message(?:,@?logStreamName)?\r?\n)?(?:\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d\.\d{1,9}Z?|\d{13}),/i;
// A SageMaker log stream's name in the last column: an endpoint's variant and instance, a job's host.
const LOG_STREAM = /^(?:[\w.-]{1,120}\/i-[0-9a-f]{8,17}|[\w.-]{1,200}\/algo-\d{1,3}-\d{6,12})$/;

/** RFC 4180's records and fields, or undefined where a quote is left open. One pass, no backtracking. */
function parseCsv(text: string): string[][] | undefined {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n') {
      fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
      records.push(fields);
      fields = [];
      field = '';
    } else field += c;
  }
  if (quoted) return undefined;
  if (field !== '' || fields.length > 0) records.push([...fields, field]);
  return records;
}

/** The events' messages, one after another, when the whole text is such an export; the text itself otherwise. */
export function unCsvExport(text: string): string {
  if (!GATE.test(text)) return text;
  const records = parseCsv(text);
  if (!records) return text;
  const messages: string[] = [];
  for (const [i, record] of records.entries()) {
    if (record.length === 1 && record[0] === '') continue;
    if (i === 0 && HEADER.test(record.join(','))) continue;
    const [stamp, ...message] = record;
    // Every record an event: anything else is a text that only starts like one.
    if (stamp === undefined || !STAMP.test(stamp) || message.length === 0) return text;
    // The log viewer's third column names the event's stream, not its message.
    if (message.length > 1 && LOG_STREAM.test(message[message.length - 1] ?? '')) message.pop();
    // A message the export left unquoted kept its commas as separators.
    messages.push(message.join(','));
  }
  return messages.join('\n');
}
