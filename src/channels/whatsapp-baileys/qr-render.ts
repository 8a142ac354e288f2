import QRCode from 'qrcode';
import qrcodeTerminal from 'qrcode-terminal';

/**
 * The pairing QR as an SVG for the admin page.
 *
 * @example
 * const svg = await qrSvg('2@abc…'); // '<svg …>'
 */
export async function qrSvg(qr: string): Promise<string> {
  return QRCode.toString(qr, { type: 'svg', margin: 2, width: 320 });
}

/**
 * Prints the QR as text blocks on the terminal (stdout, not the JSON log) for a first pairing.
 *
 * @example
 * printQrToTerminal('2@abc…');
 */
export function printQrToTerminal(qr: string, write: (text: string) => void = (text) => process.stdout.write(`${text}\n`)): void {
  qrcodeTerminal.generate(qr, { small: true }, write);
}
