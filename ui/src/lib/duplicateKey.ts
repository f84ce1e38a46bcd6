/**
 * The first key that an object in `text` (valid JSON) gives twice, if any. JSON.parse silently
 * keeps the last one; the server refuses such a document, and the form should say so first.
 */
export function duplicateKey(text: string): string | undefined {
  // One entry per open object (its keys so far) or array (null); `expectingKey` is true right after
  // an object's '{' or ',', where the next string is a key.
  const open: (Set<string> | null)[] = [];
  let expectingKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const keys = open[open.length - 1];
      if (expectingKey && keys) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return key;
        keys.add(key);
      }
      expectingKey = false;
      i = end;
    } else if (c === '{') {
      open.push(new Set());
      expectingKey = true;
    } else if (c === '[') {
      open.push(null);
    } else if (c === '}' || c === ']') {
      open.pop();
    } else if (c === ',') {
      expectingKey = open[open.length - 1] != null;
    }
  }
  return undefined;
}
