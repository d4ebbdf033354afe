/** QR codes as inline SVG, made at build time so a printed page can be opened on a phone. */
import QRCode from 'qrcode';

/** An SVG QR code for `url` (no external requests, deterministic output). */
export async function renderQrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace(/<\?xml[^>]*>\s*/, '').replace('<svg ', '<svg aria-hidden="true" focusable="false" ').trim();
}
