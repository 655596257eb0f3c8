import { vi } from 'vitest';

/** Captures what a page hands the browser to download (through saveFile): each file's name and contents. */
export function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let pending: Blob | null = null;
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => ((pending = blob), 'blob:test'), revokeObjectURL: () => undefined }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (pending) files.push({ name: this.download, blob: pending });
    pending = null;
  });
  return files;
}

/** The first bytes of a file: a UTF-8 byte order mark is [0xef, 0xbb, 0xbf] (Blob.text() drops it when decoding). */
export async function firstBytes(blob: Blob, count = 3): Promise<number[]> {
  return [...new Uint8Array(await blob.arrayBuffer()).slice(0, count)];
}
