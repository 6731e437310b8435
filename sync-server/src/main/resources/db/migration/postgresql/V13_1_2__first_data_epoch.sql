INSERT INTO data_epochs (epoch_id, began_at, why) VALUES (gen_random_uuid(), now(), 'the data was created');
GRANT SELECT ON data_epochs TO ${app_role};
