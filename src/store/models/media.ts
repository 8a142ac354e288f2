import { Schema, type Connection, type Model } from 'mongoose';

/** A generated image (a growth chart). Ids are unguessable; the bytes stay small (tens of KB). */
export interface MediaDoc {
  _id: string;
  contentType: string;
  data: Buffer;
  createdAt: Date;
}

const schema = new Schema<MediaDoc>(
  {
    _id: { type: String, required: true },
    contentType: { type: String, required: true },
    data: { type: Buffer, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'media' },
);

export function mediaModel(connection: Connection): Model<MediaDoc> {
  return connection.models.Media ?? connection.model<MediaDoc>('Media', schema);
}
