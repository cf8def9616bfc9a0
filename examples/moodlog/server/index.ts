import express from "express";
import cors from "cors";
import { authRouter } from "./routes/auth";
import { entriesRouter } from "./routes/entries";
import { requireUser } from "./auth";

const app = express();

// Let the React dev server and the mobile app call the API.
app.use(cors({ origin: "*", credentials: true }));
app.use(express.json({ limit: "1mb" }));

app.use("/auth", authRouter);
app.use("/entries", requireUser, entriesRouter);

app.use((err: Error, req: express.Request, res: express.Response, next: express.NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));
