import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { randomUUID } from "crypto";

const s3 = new S3Client({
  region: "eu-central-1",
  credentials: {
    accessKeyId: "AKIASJGO5DW1I75S8EVH",
    secretAccessKey: "3M40oIz57mI0Nt2wL+Vm9frXxZKCpsQhMhIngFLa",
  },
});

const BUCKET = process.env.S3_BUCKET ?? "recipe-share-uploads";

export async function uploadRecipeImage(file: File): Promise<string> {
  const ext = file.type === "image/png" ? "png" : "jpg";
  const key = `recipes/${randomUUID()}.${ext}`;
  await s3.send(
    new PutObjectCommand({
      Bucket: BUCKET,
      Key: key,
      Body: Buffer.from(await file.arrayBuffer()),
      ContentType: file.type,
    })
  );
  return `https://${BUCKET}.s3.eu-central-1.amazonaws.com/${key}`;
}
