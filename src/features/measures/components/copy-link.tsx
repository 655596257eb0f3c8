import { Button, Textfield } from '@digdir/designsystemet-react';
import { useCopy } from '@/components/ui/use-copy';

interface CopyLinkProps {
  url: string;
  label: string;
  copied: string;
  failed: string;
  fieldLabel: string;
}

/**
 * A button that copies a link, and says so. Where the clipboard is not available, the link is shown
 * in a field to copy by hand.
 */
export function CopyLink({ url, label, copied, failed, fieldLabel }: CopyLinkProps) {
  const { state, copy } = useCopy();
  return (
    <div className="copy-link">
      <Button variant="secondary" data-size="sm" onClick={() => void copy(url)}>
        {label}
      </Button>
      <span role="status" className="copy-link__status">
        {state === 'copied' ? copied : ''}
      </span>
      {state === 'failed' && (
        <Textfield
          className="copy-link__field"
          data-size="sm"
          readOnly
          label={fieldLabel}
          description={failed}
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  );
}
