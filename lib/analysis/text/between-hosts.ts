// A connection the job's own hosts failed to make to each other, as a distributed job's launcher and ranks word it: a rank's
// connect to the first host's store by its SageMaker host name and port ("… while trying to connect to (algo-1, 29500)",
// "[algo-1]:29500"), the store's side ("1/2 clients joined", the store-based barrier, a rank's "store->get"), NCCL's id from
// the first host and NCCL's own connections between the ranks (its socket's "socketStartConnect: Connect to 10.2.147.33<56021>
// failed"), c10d's client socket by whatever address ("[c10d] The client socket has timed out after 60s while trying to connect
// to (IP1, 2222)"), the toolkit's MPI launcher's SSH ("Timed out waiting for workers to be reachable"). A host name only as an
// address: a CloudWatch stream's name ("…/algo-1-1706523135") heads every line of a pasted log. Not a line that names an AWS
// endpoint or a URL, which is a request to a service.
const BETWEEN_HOSTS =
  /\(algo-\d{1,4}, \d{2,5}\)|\[algo-\d{1,4}\]:\d{2,5}|\balgo-\d{1,4}:\d{2,5}\b|\b\d{1,5}\/\d{1,5} clients joined\b|\bstore based barrier\b|\bstore->get\(|\bncclUniqueId\b|\b(?:workers|master [\w.-]{1,60}) to be reachable\b|\bconnect to host algo-\d{1,4} port \d{1,5}\b|\bNCCL error\b|\bsocket(?:Start|Poll)?Connect: [Cc]onnect to [\d.:a-fA-F]{3,45}<\d{1,5}>|\[c10d\]|\bDistNetworkError\b/i;
const SERVICE_REQUEST = /\bamazonaws\.com\b|\bendpoint URL\b|\bhttps?:\/\//i;

/** Whether `line`, the failure's own line, says the job's hosts could not reach each other (not an AWS service). */
export function betweenJobHosts(line: string): boolean {
  return BETWEEN_HOSTS.test(line) && !SERVICE_REQUEST.test(line);
}
