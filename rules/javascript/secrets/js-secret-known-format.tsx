import { initializeApp } from "firebase/app";
import { GoogleGenerativeAI } from "@google/generative-ai";

// The Firebase web config is shipped to every browser on purpose; rules protect the data.
const firebaseConfig = {
  // ok: js-secret-known-format
  apiKey: "AIzaZDz-TddJ8HyS5SUkCnD8zRA9a9SkpXz9w3Q",
  authDomain: "moodlog-app.firebaseapp.com",
  projectId: "moodlog-app",
  storageBucket: "moodlog-app.appspot.com",
  messagingSenderId: "1047293847561",
  appId: "1:1047293847561:web:8f2b1c9d0e3a4b5c",
};

export const app = initializeApp(firebaseConfig);

// A Gemini key is a billing credential, not a public identifier.
// ruleid: js-secret-known-format
const genAI = new GoogleGenerativeAI("AIzaZDz-TddJ8HyS5SUkCnD8zRA9a9SkpXz9w3Q");

export function ChatBox({ prompt }: { prompt: string }) {
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });
  return (
    <section>
      {/* ok: js-secret-known-format */}
      <input type="password" placeholder="sk-ant-api03-..." />
      <button onClick={() => model.generateContent(prompt)}>Ask</button>
    </section>
  );
}
