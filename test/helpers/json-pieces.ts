import { type JsonPiece, reindent } from '../../src/render/json-stream.js';

/** A piece of jsonPieces() as the text it stands for. */
export function pieceText(piece: JsonPiece): string {
  return typeof piece === 'string' ? piece : reindent(piece.read(), piece.indent).toString();
}
