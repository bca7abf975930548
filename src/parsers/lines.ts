/** Splits text chunks into lines (without their ending), across chunk boundaries, CRLF or LF. */
export async function* linesOf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const part of parts) yield part.endsWith('\r') ? part.slice(0, -1) : part;
  }
  if (rest) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}
