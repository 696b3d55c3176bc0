/** class-transformer helper: surrounding spaces typed or pasted into a text field are not part of the value. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
