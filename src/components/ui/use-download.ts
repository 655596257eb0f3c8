import { useState } from 'react';
import { saveFile, type ExportFile } from '@/lib/export-file';

export type DownloadState = { status: 'idle' } | { status: 'working' } | { status: 'done'; fileName: string } | { status: 'failed' };

/**
 * A download the user asked for: its state for the buttons (busy while the file is made) and for the
 * status line that announces the result. The file's contents are made here, when it is asked for.
 */
export function useDownload() {
  const [state, setState] = useState<DownloadState>({ status: 'idle' });
  async function download({ name, type, contents }: ExportFile<string | Blob>) {
    setState({ status: 'working' });
    try {
      saveFile(await contents(), name, type);
      setState({ status: 'done', fileName: name });
    } catch (error) {
      console.error('Export failed', error);
      setState({ status: 'failed' });
    }
  }
  return { state, busy: state.status === 'working', download };
}
