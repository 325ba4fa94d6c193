/** Whether an address names a network by link; app.html's inline script asks the same. */
export const isLinked = (href: string): boolean => /[?&]data=/.test(new URL(href).search);

/** The `data=` value of an address, if any. */
export const linkOf = (href: string): string | null => new URL(href).searchParams.get('data');
