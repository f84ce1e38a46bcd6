import type { InputSpec } from '../api/types';
import { formatValue } from './format';

/** The constraints in words: "integer from 64 to 2048, a multiple of 8. Image width in pixels". */
export function describeInput(spec: InputSpec): string {
  const parts: string[] = [spec.type];
  if (spec.min !== undefined && spec.max !== undefined) parts.push(`from ${spec.min} to ${spec.max}`);
  else if (spec.min !== undefined) parts.push(`at least ${spec.min}`);
  else if (spec.max !== undefined) parts.push(`at most ${spec.max}`);
  if (spec.multiple_of !== undefined) parts.push(`a multiple of ${spec.multiple_of}`);
  if (spec.max_length !== undefined) parts.push(`up to ${spec.max_length} characters`);
  const rules = parts.join(', ');
  const dflt = spec.default !== undefined ? ` Default ${formatValue(spec.default)}.` : '';
  return `${spec.description ? `${spec.description}. ` : ''}${rules.charAt(0).toUpperCase()}${rules.slice(1)}.${dflt}`;
}
