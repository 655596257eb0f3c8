import { useState } from 'react';
import { saveFile } from '@/lib/export-file';

export type DownloadState = { status: 'idle' } | { status: 'working' } | { status: 'done'; fileName: string } | { status: 'failed' };

/**
 * A download the user asked for: its state for the buttons (busy while the file is made) and for the
 * status line that announces the result. `make` builds the file's contents (it may load code first).
 */
export function useDownload() {
  const [state, setState] = useState<DownloadState>({ status: 'idle' });
  async function download(fileName: string, type: string, make: () => string | Promise<string>) {
    setState({ status: 'working' });
    try {
      saveFile(await make(), fileName, type);
      setState({ status: 'done', fileName });
    } catch (error) {
      console.error('Export failed', error);
      setState({ status: 'failed' });
    }
  }
  return { state, busy: state.status === 'working', download };
}
