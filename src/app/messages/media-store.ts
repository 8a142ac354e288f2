/** Generated images. An outbound message's `image` is `mediaPath(id)`; channels fetch the bytes by id. */
export interface MediaStore {
  put(id: string, data: Buffer, contentType: string, at: Date): Promise<void>;
  get(id: string): Promise<{ data: Buffer; contentType: string } | null>;
}

/** The URL path of a stored image, relative to the server; `mediaIdOf` reads the id back. */
export function mediaPath(id: string): string {
  return `/media/${id}.png`;
}

export function mediaIdOf(image: string): string | undefined {
  return /\/media\/([A-Za-z0-9_-]+)\.png$/.exec(image)?.[1];
}
