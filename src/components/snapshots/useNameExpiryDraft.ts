import { useState } from 'react';
import { errorText } from '@/components/ErrorState';
import { parseExpiryInput, toLocalInputValue } from './expiry';
import { createErrorField } from './snapshotName';

interface MutationState {
  error: unknown;
  reset: () => void;
}

/**
 * The draft of a name + expiry form (snapshots, backups): what was typed, our own checks shown
 * once the user has tried to submit, and LXD's refusal placed at the field it is about. Typing
 * again clears LXD's refusal; nothing typed is cleared until the create succeeded.
 */
export function useNameExpiryDraft(validateName: (trimmed: string) => string | null, mutation: MutationState) {
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState('');
  const [checked, setChecked] = useState(false);
  const [earliest] = useState(() => toLocalInputValue(new Date()));

  const nameError = validateName(name.trim());
  const expiryResult = parseExpiryInput(expiry);
  const lxdError = mutation.error ? errorText(mutation.error) : null;
  const lxdField = lxdError ? createErrorField(lxdError) : null;
  const edited = () => {
    if (mutation.error) mutation.reset();
  };

  return {
    /** Props for NameExpiryFields, apart from labels and hints. */
    fields: {
      name,
      expiry,
      earliest,
      nameError: (checked && nameError) || (lxdField === 'name' ? lxdError : null),
      expiryError: (checked && !expiryResult.ok ? expiryResult.error : null) || (lxdField === 'expiry' ? lxdError : null),
      onNameChange: (value: string) => {
        setName(value);
        edited();
      },
      onExpiryChange: (value: string) => {
        setExpiry(value);
        edited();
      },
    },
    /** LXD's refusal when it is about no single field. */
    formError: lxdField === 'form' ? lxdError : null,
    /** For the form's other inputs: typing clears LXD's refusal too. */
    edited,
    /** Shows our checks from now on; the values to send, or null while something is invalid. */
    attempt(): { name: string; expiresAt: string | undefined } | null {
      setChecked(true);
      if (nameError || !expiryResult.ok) return null;
      return { name: name.trim(), expiresAt: expiryResult.iso };
    },
    /** After a successful create: an empty form again. */
    clear() {
      setName('');
      setExpiry('');
      setChecked(false);
    },
  };
}
