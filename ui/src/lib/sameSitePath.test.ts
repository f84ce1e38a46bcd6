import { sameSitePath } from './sameSitePath';

describe('sameSitePath', () => {
  it.each([
    '/presets',
    '/runs/0b7f?status=failed',
    '/templates/sd-image%401.0.0#inputs',
    '/login?logout',
  ])('follows the path %s on this site', (next) => {
    expect(sameSitePath(next)).toBe(next);
  });

  it.each([
    'https://evil.example/',
    'http://evil.example',
    'HTTPS://EVIL.EXAMPLE/presets',
    '//evil.example/x',
    '///evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    '/\\/evil.example',
    '/presets\\..\\..\\evil.example',
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https:evil.example',
    'https:/evil.example',
    '%2F%2Fevil.example',
    '%2f%2fevil.example/x',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    ' //evil.example',
    '/\u0000/evil.example',
    '/\u00a0/evil.example',
    'evil.example',
    'presets',
    '',
  ])('does not follow %j off the site', (next) => {
    expect(sameSitePath(next)).toBe('/presets');
  });

  it('falls back when there is no next, to the fallback asked for', () => {
    expect(sameSitePath(null)).toBe('/presets');
    expect(sameSitePath(undefined, '/')).toBe('/');
    expect(sameSitePath('//evil.example', '/')).toBe('/');
  });
});
