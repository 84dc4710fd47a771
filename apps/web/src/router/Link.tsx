import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './history';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & {
  to: string;
  replace?: boolean;
  state?: unknown;
};

/** A real link (it opens in a new tab, shows its address) that navigates without a reload. */
export function Link({ to, replace, state, onClick, ...rest }: Props) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      rest.target === '_blank'
    ) {
      return;
    }
    event.preventDefault();
    navigate(to, { replace: replace ?? false, state });
  };
  return <a href={to} onClick={follow} {...rest} />;
}
