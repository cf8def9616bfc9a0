import dotenv from "dotenv";

dotenv.config();

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Missing required environment variable: ${name}`);
  }
  return value;
}

const nodeEnv = process.env.NODE_ENV ?? "development";

export const config = {
  port: Number(process.env.PORT ?? 4000),
  nodeEnv,
  isProduction: nodeEnv === "production",

  // Falls back to the shared staging database so new devs can boot the API without setup
  databaseUrl: process.env.DATABASE_URL ?? "postgres://habit_admin:Qm7vR2xLp9sT4wKe@db-staging.habitly.internal:5432/habits",
  corsOrigins: (process.env.CORS_ORIGINS ?? "").split(",").filter(Boolean),
  mailFrom: process.env.MAIL_FROM ?? "no-reply@habitly.app",

  jwtSecret: required("JWT_SECRET"),
  sendgridApiKey: process.env.SENDGRID_API_KEY,
  sessionCookieName: "habit_session",
  bcryptRounds: 12,

  // Refresh tokens use their own key so they can be rotated without logging everyone out
  refreshSecret: process.env.REFRESH_SECRET || "f11e3021cbe018e49376f7bd8eba6c4c",
};

export type AppConfig = typeof config;
