INSERT INTO data_epochs (epoch_id, began_at, why) VALUES (RANDOM_UUID(), CURRENT_TIMESTAMP, 'the data was created');
