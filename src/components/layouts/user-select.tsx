import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignIn } from '@/lib/session/sign-in';
import { useUsers } from '@/lib/session/get-users';
import { useUiStore } from '@/stores/ui-store';

const SIGNED_OUT = '';

/**
 * The mocked sign-in: pick a demo user (or none, to read as anyone can). The API issues a token and
 * decides what each role may do; this control only chooses who you are.
 */
export function UserSelect() {
  const { t } = useTranslation();
  const id = useId();
  const errorId = useId();
  const users = useUsers();
  const session = useUiStore((state) => state.session);
  const signInToStore = useUiStore((state) => state.signIn);
  const signOut = useUiStore((state) => state.signOut);
  const signIn = useSignIn();

  const choose = (userId: string) => {
    if (userId === SIGNED_OUT) {
      signOut();
      return;
    }
    signIn.mutate(userId, { onSuccess: (result) => signInToStore({ token: result.token, user: result.user }) });
  };

  return (
    <Field data-size="sm" className="setting user-setting">
      <Label htmlFor={id}>{t('settings.user')}</Label>
      <Select
        id={id}
        value={session?.user.id ?? SIGNED_OUT}
        width="auto"
        aria-busy={signIn.isPending || undefined}
        aria-describedby={signIn.isError ? errorId : undefined}
        onChange={(event) => choose(event.target.value)}
      >
        <Select.Option value={SIGNED_OUT}>{t('settings.signedOut')}</Select.Option>
        {(users.data ?? (session ? [session.user] : [])).map((user) => (
          <Select.Option key={user.id} value={user.id}>
            {t('settings.userOption', { name: user.name, role: t(`settings.roles.${user.role}`) })}
          </Select.Option>
        ))}
      </Select>
      {signIn.isError && (
        <ValidationMessage id={errorId} data-size="sm">
          {t('settings.signInFailed')}
        </ValidationMessage>
      )}
    </Field>
  );
}
