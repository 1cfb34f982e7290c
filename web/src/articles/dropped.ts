/**
 * The files of a drop, with dropped folders walked: people drop the folder of articles they have, as it is. Only
 * article files are taken from folders (pictures, notes and hidden files sit next to articles in real folders);
 * files dropped one by one are all taken, so an unsupported one is named in the warnings.
 */
import { isSupported } from '../../../src/corpus/parse.js';

export interface DroppedFile {
  /** Path inside the dropped folder (`folder/a.txt`), or the file's name. */
  name: string;
  file: File;
}

export interface Dropped {
  files: DroppedFile[];
  /** Files inside folders that are not articles, left out. */
  skipped: number;
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((done, fail) => reader.readEntries(done, fail));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((done, fail) => entry.file(done, fail));
}

async function walk(directory: FileSystemDirectoryEntry, into: Dropped): Promise<void> {
  const reader = directory.createReader();
  // readEntries hands out a folder's entries in batches (100 in Chromium) until an empty one.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    for (const entry of batch) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory) await walk(entry as FileSystemDirectoryEntry, into);
      else if (isSupported(entry.name)) into.files.push({ name: entry.fullPath.replace(/^\//, ''), file: await fileOf(entry as FileSystemFileEntry) });
      else into.skipped++;
    }
  }
}

/** Must be called in the drop event's handler: the browser empties the transfer once the handler returns. */
export function droppedFiles(transfer: DataTransfer): Promise<Dropped> {
  const entries = [...transfer.items].map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null));
  const plain = [...transfer.files];
  return (async () => {
    const dropped: Dropped = { files: [], skipped: 0 };
    if (!entries.some((entry) => entry?.isDirectory)) return { files: plain.map((file) => ({ name: file.name, file })), skipped: 0 };
    for (const [index, entry] of entries.entries()) {
      if (entry?.isDirectory) await walk(entry as FileSystemDirectoryEntry, dropped);
      else if (entry) dropped.files.push({ name: entry.name, file: await fileOf(entry as FileSystemFileEntry) });
      else if (plain[index]) dropped.files.push({ name: plain[index].name, file: plain[index] });
    }
    return dropped;
  })();
}
