-- The WooCommerce stand-in's own tables in the fault run (loadtest/site.php), made before the seed
-- loads WordPress: orders, customer sessions and Action Scheduler's actions, as WooCommerce keeps them.
CREATE TABLE wp_loadtest_orders (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, email VARCHAR(100) NOT NULL, first_name VARCHAR(100) NOT NULL, status VARCHAR(20) NOT NULL, product BIGINT UNSIGNED NOT NULL, created INT UNSIGNED NOT NULL, session_key CHAR(32) NOT NULL, KEY email (email)) ENGINE=InnoDB AUTO_INCREMENT=1000;
CREATE TABLE wp_loadtest_actions (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, hook VARCHAR(191) NOT NULL, args TEXT NOT NULL, grp VARCHAR(100) NOT NULL, run_at INT UNSIGNED NOT NULL, every INT UNSIGNED NOT NULL, status VARCHAR(20) NOT NULL, claim CHAR(32) NOT NULL DEFAULT '', KEY due (status, run_at)) ENGINE=InnoDB;
CREATE TABLE wp_loadtest_sessions (session_key CHAR(32) NOT NULL PRIMARY KEY, data TEXT NOT NULL) ENGINE=InnoDB;
