/**
 * The text of input files: UTF-8 when a file is valid UTF-8, else Windows-1252 (what spreadsheets
 * and ERP systems of Western Europe export), or the encoding the caller names.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import windows1252 from "./data/windows-1252.json";

/** Characters of Windows-1252 bytes 0x80-0x9F, by the C1 control a Latin-1 reading gives them. */
const HIGH = new Map(Object.entries(windows1252.high).map(([byte, ch]) => [String.fromCharCode(Number(byte)), ch]));
const C1 = /[\u0080-\u009f]/g;

/**
 * Whether a file is valid UTF-8 from its first byte to its last (read as a stream).
 *
 * @example
 * await isUtf8File("erp.csv") //=> true
 */
export async function isUtf8File(path: string): Promise<boolean> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of createReadStream(path)) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/** "utf-16le" or "utf-16be" when a file starts with that byte-order mark, else `undefined`. */
async function utf16Of(path: string): Promise<string | undefined> {
  const file = await open(path, "r");
  try {
    const bom = Buffer.alloc(2);
    const { bytesRead } = await file.read(bom, 0, 2, 0);
    if (bytesRead < 2) return undefined;
    return bom[0] === 0xff && bom[1] === 0xfe ? "utf-16le" : bom[0] === 0xfe && bom[1] === 0xff ? "utf-16be" : undefined;
  } finally {
    await file.close();
  }
}

/**
 * The encoding to read a file in: `encoding` as the WHATWG Encoding Standard names it ("utf-8",
 * "windows-1250", "latin1" -> "windows-1252"...), or for "auto" UTF-16 when the file starts with
 * its byte-order mark (Excel's "Unicode text"), UTF-8 when the file is valid UTF-8 and
 * Windows-1252 when it is not. An unknown name is an error that names it.
 *
 * @example
 * await encodingOf("export.csv", "auto") //=> "windows-1252" (a file with "Müller" saved by Excel)
 * await encodingOf("export.csv", "cp1250") //=> "windows-1250"
 */
export async function encodingOf(path: string, encoding: string): Promise<string> {
  if (encoding === "auto") return (await utf16Of(path)) ?? ((await isUtf8File(path)) ? "utf-8" : "windows-1252");
  try {
    return new TextDecoder(encoding).encoding;
  } catch {
    throw new RangeError(`firmograph: unknown text encoding "${encoding}" (expected a name such as utf-8, windows-1252, windows-1250, iso-8859-2)`);
  }
}

/**
 * The text of a file in an encoding of `encodingOf`, as a stream of strings. Windows-1252 is read
 * by its own table: Node 20 reads its bytes 0x80-0x9F (€, Š, „, “...) as control characters.
 *
 * @example
 * for await (const text of decodedText("export.csv", "windows-1252")) process.stdout.write(text);
 */
export function decodedText(path: string, encoding: string): Readable {
  const cp1252 = encoding === "windows-1252";
  const decoder = new TextDecoder(encoding);
  return Readable.from((async function* () {
    for await (const chunk of createReadStream(path)) {
      const text = decoder.decode(chunk as Buffer, { stream: true });
      yield cp1252 ? text.replace(C1, (c) => HIGH.get(c) ?? c) : text;
    }
    const rest = decoder.decode();
    if (rest.length > 0) yield rest;
  })());
}
