const fs = require('fs');
const path = require('path');
const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');

// Nightly attachment backups go to a separate AWS account
const backupClient = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'AKIA584LH3634HDGXPU5',
    secretAccessKey: 'XN3NB0VTO1Or8B0p9NoLQFLuRwictowDPae6yqGu',
  },
});

async function backupFile(localPath, clinicId) {
  const key = `clinic-${clinicId}/${new Date().toISOString().slice(0, 10)}/${path.basename(localPath)}`;
  await backupClient.send(
    new PutObjectCommand({
      Bucket: 'clinic-notes-backups',
      Key: key,
      Body: fs.createReadStream(localPath),
      ServerSideEncryption: 'AES256',
    })
  );
  return key;
}

module.exports = { backupFile };
