package x

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
	"gorm.io/gorm"
)

type Entry struct {
	ID    int
	Title string
}

func listEntries(db *sql.DB, r *http.Request) (*sql.Rows, error) {
	mood := r.URL.Query().Get("mood")
	// ruleid: go-sql-built-string
	rows, err := db.Query(fmt.Sprintf("SELECT id, title FROM entries WHERE mood = '%s'", mood))
	if err != nil {
		return nil, err
	}
	rows.Close()
	// ok: go-sql-built-string
	return db.Query("SELECT id, title FROM entries WHERE mood = $1", mood)
}

func searchEntries(ctx context.Context, db *sql.DB, userID, term, sort string) error {
	query := "SELECT id, title FROM entries WHERE user_id = '" + userID + "'"
	if term != "" {
		// ruleid: go-sql-built-string
		query += " AND title LIKE '%" + term + "%'"
	}
	// ruleid: go-sql-built-string
	rows, err := db.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	// ruleid: go-sql-built-string
	_, err = db.ExecContext(ctx, "DELETE FROM entries WHERE id = "+userID)
	// ok: go-sql-built-string
	_, err = db.ExecContext(ctx, "DELETE FROM entries WHERE id = $1", userID)
	// ok: go-sql-built-string
	row := db.QueryRowContext(ctx, "SELECT count(*) FROM entries WHERE title LIKE $1", "%"+term+"%")
	_ = row
	return err
}

func paged(db *sql.DB, limit, offset int, userID string) error {
	// ok: go-sql-built-string
	_, err := db.Query(fmt.Sprintf("SELECT id FROM entries WHERE user_id = $1 LIMIT %d OFFSET %d", limit, offset), userID)
	// ok: go-sql-built-string
	_, err = db.Query("SELECT id FROM entries LIMIT "+strconv.Itoa(limit), userID)
	base := "SELECT id FROM entries"
	where := " WHERE archived = false"
	// ok: go-sql-built-string
	_, err = db.Query(base + where)
	return err
}

func dynamicFilters(db *sql.DB, userID, mood, from string) error {
	args := []any{userID}
	conds := []string{"user_id = $1"}
	if mood != "" {
		args = append(args, mood)
		conds = append(conds, fmt.Sprintf("mood = $%d", len(args)))
	}
	if from != "" {
		// ruleid: go-sql-built-string
		conds = append(conds, fmt.Sprintf("created_at >= '%s'", from))
	}
	q := "SELECT id FROM entries WHERE " + strings.Join(conds, " AND ")
	// ok: go-sql-built-string
	_, err := db.Query(q, args...)
	return err
}

func inClause(db *sqlx.DB, ids []int, tags []string) error {
	placeholders := make([]string, len(ids))
	args := make([]any, len(ids))
	for i, id := range ids {
		placeholders[i] = "$" + strconv.Itoa(i+1)
		args[i] = id
	}
	query := fmt.Sprintf("SELECT id FROM entries WHERE id IN (%s)", strings.Join(placeholders, ","))
	var out []Entry
	// ok: go-sql-built-string
	if err := db.Select(&out, query, args...); err != nil {
		return err
	}
	// ruleid: go-sql-built-string
	tagSQL := "SELECT id FROM entries WHERE tag IN ('" + strings.Join(tags, "','") + "')"
	_ = tagSQL
	return nil
}

func sqlxCalls(ctx context.Context, db *sqlx.DB, email string) error {
	var e Entry
	// ruleid: go-sql-built-string
	err := db.Get(&e, "SELECT * FROM users WHERE email = '"+email+"'")
	// ruleid: go-sql-built-string
	err = db.GetContext(ctx, &e, fmt.Sprintf("SELECT * FROM users WHERE email = '%s'", email))
	// ok: go-sql-built-string
	err = db.GetContext(ctx, &e, "SELECT * FROM users WHERE email = $1", email)
	stmt := fmt.Sprintf("UPDATE users SET display_name = '%v' WHERE email = $1", e.Title)
	// ruleid: go-sql-built-string
	db.MustExec(stmt, email)
	return err
}

func pgxCalls(ctx context.Context, pool *pgxpool.Pool, conn *pgx.Conn, name, table string) error {
	// ruleid: go-sql-built-string
	rows, err := pool.Query(ctx, "SELECT id FROM habits WHERE name = '"+name+"'")
	if err != nil {
		return err
	}
	rows.Close()
	// ok: go-sql-built-string
	_, err = pool.Exec(ctx, "DELETE FROM habits WHERE name = $1", name)
	// ok: go-sql-built-string
	_, err = conn.Exec(ctx, "TRUNCATE "+pgx.Identifier{table}.Sanitize())
	// ok: go-sql-built-string
	_, err = conn.Exec(ctx, fmt.Sprintf("DROP TABLE IF EXISTS %s", pq.QuoteIdentifier(table)))
	return err
}

func gormCalls(db *gorm.DB, c *gin.Context) {
	var entries []Entry
	name := c.Query("name")
	sort := c.DefaultQuery("sort", "created_at")
	// ruleid: go-sql-built-string
	db.Where(fmt.Sprintf("title = '%s'", name)).Find(&entries)
	// ok: go-sql-built-string
	db.Where("title = ?", name).Find(&entries)
	// ruleid: go-sql-built-string
	db.Model(&Entry{}).Order(sort + " desc").Find(&entries)
	// ok: go-sql-built-string
	db.Order("created_at desc").Find(&entries)
	raw := "SELECT * FROM entries WHERE title = '" + name + "'"
	// ruleid: go-sql-built-string
	db.Raw(raw).Scan(&entries)
	// ok: go-sql-built-string
	db.Raw("SELECT * FROM entries WHERE title = ?", name).Scan(&entries)
	// ruleid: go-sql-built-string
	db.Exec("UPDATE entries SET title = '" + name + "' WHERE id = 1")
}

func builder(db *sql.DB, mood, search string) error {
	var sb strings.Builder
	args := []any{}
	sb.WriteString("SELECT id FROM entries WHERE 1=1")
	if mood != "" {
		args = append(args, mood)
		// ok: go-sql-built-string
		sb.WriteString(" AND mood = $" + strconv.Itoa(len(args)))
	}
	if search != "" {
		// ruleid: go-sql-built-string
		sb.WriteString(" AND note LIKE '%" + search + "%'")
		// ruleid: go-sql-built-string
		fmt.Fprintf(&sb, " AND title = '%s'", search)
	}
	_, err := db.Query(sb.String(), args...)
	return err
}

func notSQL(r *gin.Engine, version string, client *http.Client) {
	// ok: go-sql-built-string
	api := r.Group(fmt.Sprintf("/api/%s", version))
	_ = api
	var b strings.Builder
	// ok: go-sql-built-string
	b.WriteString("Hello, " + version + "!")
}

func allowListed(db *sql.DB, sortKey string) error {
	var column string
	switch sortKey {
	case "title":
		column = "title"
	default:
		column = "created_at"
	}
	// todook: go-sql-built-string
	_, err := db.Query(fmt.Sprintf("SELECT id FROM entries ORDER BY %s", column))
	return err
}

func conditionalAppend(db *sql.DB, term, mood string) error {
	query := "SELECT id FROM entries WHERE 1=1"
	if term != "" {
		// ruleid: go-sql-built-string
		query += " AND title LIKE '%" + term + "%'"
	}
	if mood != "" {
		// ruleid: go-sql-built-string
		query += fmt.Sprintf(" AND mood = '%s'", mood)
	}
	// ruleid: go-sql-built-string
	_, err := db.Query(query)
	return err
}

func appendedPlaceholders(db *sql.DB, mood string) error {
	args := []any{}
	query := "SELECT id FROM entries WHERE 1=1"
	if mood != "" {
		args = append(args, mood)
		query += " AND mood = $" + strconv.Itoa(len(args))
	}
	// ok: go-sql-built-string
	_, err := db.Query(query, args...)
	return err
}
