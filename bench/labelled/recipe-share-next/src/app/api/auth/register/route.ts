import { NextRequest, NextResponse } from "next/server";
import { Prisma } from "@prisma/client";
import { prisma } from "@/lib/prisma";
import { hashPassword } from "@/lib/password";

export async function POST(req: NextRequest) {
  const { name, email, password } = await req.json().catch(() => ({}));

  if (!name || !email || typeof password !== "string" || password.length < 8) {
    return NextResponse.json(
      { error: "Name, email and a password of at least 8 characters are required" },
      { status: 400 }
    );
  }

  try {
    const user = await prisma.user.create({
      data: {
        name: String(name).trim(),
        email: String(email).trim().toLowerCase(),
        passwordHash: await hashPassword(password),
      },
      select: { id: true, name: true, email: true },
    });
    return NextResponse.json({ user }, { status: 201 });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return NextResponse.json({ error: "That email is already registered" }, { status: 409 });
    }
    console.error("register failed", error);
    return NextResponse.json({ error: "Could not create account" }, { status: 500 });
  }
}
